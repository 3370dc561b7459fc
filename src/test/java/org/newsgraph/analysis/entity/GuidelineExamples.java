package org.newsgraph.analysis.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples block of docs/entity-guidelines.md: one line per example, "lang TAB text" with the expected
 * spans written as [surface|KIND]. Shared by the rules' unit test and the /analyze endpoint test.
 */
public record GuidelineExamples(String line, String language, String text, List<String> expected) {
    private static final Pattern MARKUP = Pattern.compile("\\[([^\\]|]+)\\|(PER|ORG|LOC|MISC)\\]");

    /** Every example of the main block, expected spans as "start-end KIND surface" over {@link #text()}. */
    public static List<GuidelineExamples> all() {
        return block("examples");
    }

    /** The examples that need the knowledge base (block "examples-kb"): run with the gazetteer. */
    public static List<GuidelineExamples> withKnowledgeBase() {
        return block("examples-kb");
    }

    private static List<GuidelineExamples> block(String name) {
        String doc;
        try {
            doc = Files.readString(Path.of("docs/entity-guidelines.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fence = "```" + name + "\n";
        int from = doc.indexOf(fence);
        if (from < 0) {
            throw new IllegalStateException("no " + fence.strip() + " block in docs/entity-guidelines.md");
        }
        int to = doc.indexOf("```", from + fence.length());
        List<GuidelineExamples> examples = new ArrayList<>();
        for (String line : doc.substring(from, to).lines().skip(1).filter(l -> !l.isBlank()).toList()) {
            String[] parts = line.split("\t", 2);
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            Matcher m = MARKUP.matcher(parts[1]);
            int last = 0;
            while (m.find()) {
                text.append(parts[1], last, m.start());
                int start = text.length();
                text.append(m.group(1));
                expected.add(span(start, text.length(), m.group(2), m.group(1)));
                last = m.end();
            }
            text.append(parts[1].substring(last));
            examples.add(new GuidelineExamples(line, parts[0], text.toString(), List.copyOf(expected)));
        }
        return examples;
    }

    public static String span(int start, int end, String kind, String surface) {
        return start + "-" + end + " " + kind + " " + surface;
    }
}
