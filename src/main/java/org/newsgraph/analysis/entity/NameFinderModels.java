package org.newsgraph.analysis.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The shipped name finder models ({@code models/ner-<lang>.bin} on the class path), each loaded once per
 * process on first use. Languages without a model map to empty. The system property
 * {@value #MODEL_DIR_PROPERTY} points to a folder of {@code ner-<lang>.bin} files that take precedence
 * (to try a retrained model without rebuilding).
 */
public final class NameFinderModels {
    public static final String MODEL_DIR_PROPERTY = "newsgraph.ner.modelDir";
    private static final ConcurrentMap<String, Optional<NameFinder>> CACHE = new ConcurrentHashMap<>();

    private NameFinderModels() {}

    public static Optional<NameFinder> forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(language, NameFinderModels::load);
    }

    private static Optional<NameFinder> load(String language) {
        String resource = "/models/ner-" + language + ".bin";
        String dir = System.getProperty(MODEL_DIR_PROPERTY);
        Path external = dir == null ? null : Path.of(dir, "ner-" + language + ".bin");
        try (InputStream in = external != null && Files.isRegularFile(external) ? Files.newInputStream(external)
                : NameFinderModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new OpenNlpNameFinder(language, new TokenNameFinderModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name finder model " + resource, e);
        }
    }
}
