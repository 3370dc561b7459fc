package org.newsgraph.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Accuracy of the default detector on the shared evaluation data (skipped when it is absent). */
class LanguageQualityTest {
    private static final Path EVAL = Path.of("../shared/eval");
    private static final Set<String> REQUIRED = Set.of("fa", "ar", "az", "tr", "ur", "en", "ru");
    private static final double MIN_ACCURACY = 0.99;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }

    @Test
    void sentencesOfTheMainNewsLanguages() throws IOException {
        Path file = EVAL.resolve("langid/lingua-sentences.jsonl");
        assumeTrue(Files.isRegularFile(file), "evaluation data absent: " + file.toAbsolutePath());
        LanguageDetector detector = LanguageDetector.standard();
        Map<String, AtomicInteger> correct = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> total = new ConcurrentHashMap<>();
        read(file).parallelStream()
                .filter(n -> REQUIRED.contains(n.get("lang").asText()))
                .forEach(n -> {
                    String expected = n.get("lang").asText();
                    total.computeIfAbsent(expected, k -> new AtomicInteger()).incrementAndGet();
                    if (detector.detect(n.get("text").asText()).language().equals(expected)) {
                        correct.computeIfAbsent(expected, k -> new AtomicInteger()).incrementAndGet();
                    }
                });
        Map<String, Double> accuracy = new TreeMap<>();
        total.forEach((lang, n) -> accuracy.put(lang, correct.getOrDefault(lang, new AtomicInteger()).get() / (double) n.get()));
        System.out.println("sentence accuracy: " + accuracy);
        assertEquals(REQUIRED, accuracy.keySet());
        accuracy.forEach((lang, a) -> assertTrue(a >= MIN_ACCURACY, lang + " accuracy " + a));
    }

    @Test
    void everyFarsNewsArticleIsPersian() throws IOException {
        Path file = EVAL.resolve("corpus/farsnews.jsonl");
        assumeTrue(Files.isRegularFile(file), "evaluation data absent: " + file.toAbsolutePath());
        LanguageDetector detector = LanguageDetector.standard();
        List<JsonNode> articles = read(file);
        List<String> wrong = articles.parallelStream()
                .map(n -> n.get("title").asText() + "\n" + n.get("text").asText())
                .filter(text -> !detector.detect(text).language().equals("fa"))
                .map(text -> text.substring(0, Math.min(80, text.length())))
                .toList();
        assertEquals(1500, articles.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " not fa: " + wrong);
    }
}
