package org.newsgraph.analysis.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the language-id resources under {@code /lang/langid/}: one entry a line, {@code #} comments. */
final class LetterSets {
    private LetterSets() {}

    /** The non-comment, non-blank lines of a resource, stripped. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LetterSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The letters of {@code language}/{@code role} in a letters TSV, in both cases. */
    static String letters(String resource, String language, String role) {
        for (String line : lines(resource)) {
            String[] fields = line.split("\t");
            if (fields.length == 3 && fields[0].equals(language) && fields[1].equals(role)) {
                return fields[2] + fields[2].toUpperCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException(resource + " has no " + language + " " + role);
    }
}
