package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.language.LanguageDetector;
import org.newsgraph.analysis.language.NtrexParagraphs;

/**
 * Accuracy of {@link LanguageDetector#standard()} per language: Lingua's sentences and word pairs, NTREX
 * news stories (title + text, and title alone, covering Dari, Pashto, Sorani and Uzbek too) and the Fars News
 * corpus. Prints where the word-pair errors go, and the issue-15 goals of the region's languages on NTREX
 * paragraphs, development and held-out stories apart ({@link NtrexParagraphs}). Run: bench/run LanguageQualityBench [ntrex [target whose development errors to show]]
 */
public final class LanguageQualityBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** NTREX codes (ISO 639-3, script where needed) to the service's codes. */
    private static final Map<String, String> NTREX_CODES = Map.ofEntries(
            Map.entry("eng", "en"), Map.entry("fas", "fa"), Map.entry("arb", "ar"), Map.entry("aze-Latn", "az"),
            Map.entry("tur", "tr"), Map.entry("rus", "ru"), Map.entry("urd", "ur"), Map.entry("deu", "de"),
            Map.entry("fra", "fr"), Map.entry("spa", "es"), Map.entry("prs", "prs"), Map.entry("pus", "ps"),
            Map.entry("kmr", "kmr"), Map.entry("ckb-Arab", "ckb"), Map.entry("uzb", "uz"), Map.entry("kaz", "kk"),
            Map.entry("ukr", "uk"), Map.entry("heb", "he"));

    public static void main(String[] args) throws IOException {
        Path sentences = EvalData.require("langid/lingua-sentences.jsonl");
        Path wordPairs = EvalData.require("langid/lingua-word-pairs.jsonl");
        long t0 = System.nanoTime();
        LanguageDetector detector = LanguageDetector.standard();
        System.out.printf("detector loaded in %.1f s, languages %s%n", (System.nanoTime() - t0) / 1e9, detector.languages());

        boolean ntrexOnly = args.length > 0 && args[0].equals("ntrex"); // quicker: only the NTREX sections
        if (!ntrexOnly) {
            report("sentences", read(sentences, n -> n.get("text").asText(), n -> n.get("lang").asText()), detector, false);
            report("word-pairs", read(wordPairs, n -> n.get("text").asText(), n -> n.get("lang").asText()), detector, true);
        }

        Path ntrex = EvalData.dir().resolve("xref/ntrex-dev.jsonl");
        if (Files.isRegularFile(ntrex)) {
            report("ntrex title+text", read(ntrex, n -> n.get("title").asText() + "\n" + n.get("text").asText(),
                    n -> NTREX_CODES.getOrDefault(n.get("lang").asText(), n.get("lang").asText())), detector, true);
            report("ntrex titles", read(ntrex, n -> n.get("title").asText(),
                    n -> NTREX_CODES.getOrDefault(n.get("lang").asText(), n.get("lang").asText())), detector, true);
            regionParagraphs(NtrexParagraphs.read(ntrex), detector, args.length > 1 ? args[1] : "");
        }
        Path fars = EvalData.dir().resolve("corpus/farsnews.jsonl");
        if (Files.isRegularFile(fars) && !ntrexOnly) {
            report("farsnews title+text", read(fars, n -> n.get("title").asText() + "\n" + n.get("text").asText(),
                    n -> "fa"), detector, true);
            report("farsnews titles", read(fars, n -> n.get("title").asText(), n -> "fa"), detector, true);
        }
    }

    record Item(String expected, String text) {}

    static List<Item> read(Path file, Function<JsonNode, String> text, Function<JsonNode, String> expected)
            throws IOException {
        List<Item> items = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    items.add(new Item(expected.apply(node), text.apply(node)));
                }
            }
        }
        return items;
    }

    private static void report(String name, List<Item> items, LanguageDetector detector, boolean confusion) {
        Map<String, int[]> perLanguage = new TreeMap<>();
        Map<String, Map<String, Integer>> errors = new TreeMap<>();
        long start = System.nanoTime();
        for (Item item : items) {
            LanguageGuess guess = detector.detect(item.text());
            int[] counts = perLanguage.computeIfAbsent(item.expected(), k -> new int[2]);
            counts[1]++;
            if (guess.language().equals(item.expected())) {
                counts[0]++;
            } else {
                errors.computeIfAbsent(item.expected(), k -> new TreeMap<>()).merge(guess.language(), 1, Integer::sum);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int correct = 0;
        System.out.printf("%n== %s (%d items, %.1f s) ==%n", name, items.size(), seconds);
        for (Map.Entry<String, int[]> e : perLanguage.entrySet()) {
            int[] c = e.getValue();
            correct += c[0];
            String where = confusion && errors.containsKey(e.getKey()) ? "  errors -> " + top(errors.get(e.getKey())) : "";
            System.out.printf("%-4s %6.2f%% (%d/%d)%s%n", e.getKey(), 100.0 * c[0] / c[1], c[0], c[1], where);
        }
        System.out.printf("all  %6.2f%%%n", 100.0 * correct / items.size());
    }

    /** Per target: accuracy (language and script) on development and held-out paragraphs, and the goal. */
    private static void regionParagraphs(List<NtrexParagraphs.Paragraph> paragraphs, LanguageDetector detector,
            String showDevErrorsOf) {
        System.out.printf("%n== ntrex paragraphs, development / held-out stories (language and script must match) ==%n");
        for (NtrexParagraphs.Target target : NtrexParagraphs.TARGETS) {
            int[] dev = new int[2];
            int[] heldOut = new int[2];
            Map<String, Integer> wrong = new TreeMap<>();
            for (NtrexParagraphs.Paragraph p : paragraphs) {
                if (!p.lang().equals(target.ntrexLang())) {
                    continue;
                }
                LanguageGuess guess = detector.detect(target.transform().apply(p.text()));
                boolean right = guess.language().equals(target.language()) && target.script().equals(guess.script());
                int[] counts = p.heldOut() ? heldOut : dev;
                counts[1]++;
                counts[0] += right ? 1 : 0;
                if (!right && !p.heldOut() && target.name().equals(showDevErrorsOf)) {
                    System.out.println("  dev error " + guess.language() + ": " + target.transform().apply(p.text()));
                }
                if (!right) {
                    wrong.merge(guess.language() + "-" + guess.script(), 1, Integer::sum);
                }
            }
            double devAccuracy = (double) dev[0] / dev[1];
            double heldOutAccuracy = (double) heldOut[0] / heldOut[1];
            String goal = target.goal() <= 0 ? "(no goal)" : String.format("goal %.0f%% %s", 100 * target.goal(),
                    heldOutAccuracy >= target.goal() ? "MET" : "NOT MET");
            System.out.printf("%-8s dev %6.2f%% (%d/%d)  held-out %6.2f%% (%d/%d)  %s  errors -> %s%n", target.name(),
                    100 * devAccuracy, dev[0], dev[1], 100 * heldOutAccuracy, heldOut[0], heldOut[1], goal, top(wrong));
        }
    }

    private static String top(Map<String, Integer> wrong) {
        return wrong.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
                .map(e -> e.getKey() + ":" + e.getValue()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
