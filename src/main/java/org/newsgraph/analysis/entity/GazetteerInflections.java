package org.newsgraph.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inflections the gazetteer strips, per language, read from {@code kb/inflections.tsv}: endings of a
 * name's last word (Turkic case endings in Latin script, Persian-script plural and ezafe endings) and
 * proclitics of its first word (Arabic و ب ال ...). Languages without a line get none.
 */
final class GazetteerInflections {
    static final String RESOURCE = "/kb/inflections.tsv";

    /** What to strip in one language; endings and proclitics longest first, so stripping is greedy. */
    record Forms(List<String> latinSuffixes, List<String> arabicSuffixes, Set<String> afterVowelOnly,
                 List<String> proclitics) {
        static final Forms NONE = new Forms(List.of(), List.of(), Set.of(), List.of());

        /** Endings to try on a last word in Arabic script, or in another script. */
        List<String> suffixes(boolean arabicScript) {
            return arabicScript ? arabicSuffixes : latinSuffixes;
        }
    }

    private final Map<String, Forms> byLanguage;

    private GazetteerInflections(Map<String, Forms> byLanguage) {
        this.byLanguage = byLanguage;
    }

    Forms of(String language) {
        return byLanguage.getOrDefault(language, Forms.NONE);
    }

    static GazetteerInflections fromResource() {
        Map<String, Map<String, List<String>>> kinds = new HashMap<>();
        for (String line : lines()) {
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalStateException(RESOURCE + ": expected languages, kind and forms: " + line);
            }
            List<String> forms = List.of(columns[2].strip().split(" +"));
            for (String language : columns[0].strip().split(" +")) {
                kinds.computeIfAbsent(language, l -> new HashMap<>()).put(columns[1].strip(), forms);
            }
        }
        Map<String, Forms> byLanguage = new HashMap<>();
        kinds.forEach((language, k) -> byLanguage.put(language, new Forms(
                longestFirst(k.getOrDefault("latin-suffixes", List.of())),
                longestFirst(k.getOrDefault("arabic-suffixes", List.of())),
                Set.copyOf(k.getOrDefault("after-vowel-only", List.of())),
                longestFirst(k.getOrDefault("proclitics", List.of())))));
        return new GazetteerInflections(Map.copyOf(byLanguage));
    }

    private static List<String> longestFirst(List<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort((a, b) -> b.length() - a.length());
        return List.copyOf(sorted);
    }

    private static List<String> lines() {
        InputStream in = GazetteerInflections.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
