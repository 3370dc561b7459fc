package org.newsgraph.tools.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.entity.recognize.NerTokens;
import org.newsgraph.analysis.entity.OpenNlpNameFinder;

/** Keeps the training path working on a tiny corpus; the shipped models are never retrained in CI. */
class NerTrainerTest {
    @TempDir
    Path dir;

    @Test
    void trainsTinyModelFromJsonlAndConll() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        String[][] rows = {
                {"Əli Bakıya gəldi .", "B-PER B-LOC O O"},
                {"Vüqar Gəncəyə getdi .", "B-PER B-LOC O O"},
                {"Nigar Şəkiyə gəldi .", "B-PER B-LOC O O"},
                {"Ramin Qubaya getdi .", "B-PER B-LOC O O"},
        };
        for (int r = 0; r < 5; r++) {
            for (String[] row : rows) {
                jsonl.append("{\"tokens\":").append(json(row[0].split(" "))).append(",\"tags\":")
                        .append(json(row[1].split(" "))).append("}\n");
            }
        }
        Path train = dir.resolve("tiny.jsonl");
        Files.writeString(train, jsonl, StandardCharsets.UTF_8);
        Path conll = dir.resolve("tiny.conll");
        Files.writeString(conll, "-DOCSTART- O\n\nElvin B-PER\nŞuşaya B-LOC\ngəldi O\n. O\n\n", StandardCharsets.UTF_8);
        assertEquals(1, NerCorpus.read(conll).size());
        assertEquals(2, NerCorpus.read(conll).get(0).spans().size());

        var options = new NerTrainer.Options("az", List.of(train, conll), List.of(), "text", null, 2, 3, 30, 0, 7L, 100);
        TokenNameFinderModel model = NerTrainer.train(options);
        OpenNlpNameFinder finder = new OpenNlpNameFinder("az", model);
        String text = "Əli Bakıya gəldi .";
        var mentions = finder.find(text, NerTokens.tokenize(text, "az"));
        assertTrue(mentions.stream().anyMatch(m -> m.surface().equals("Bakıya") && m.kind() == EntityKind.LOC), mentions.toString());
        assertTrue(mentions.stream().allMatch(m -> "namefinder-az".equals(m.recognizerLabel())));
    }

    @Test
    void glueKeepsEveryFragmentOnce() {
        List<NerSentence> fragments = List.of(
                new NerSentence(List.of("a"), List.of("O")), new NerSentence(List.of("b"), List.of("B-PER")),
                new NerSentence(List.of("c"), List.of("O")), new NerSentence(List.of("d"), List.of("B-LOC")));
        var glued = NerTrainer.glue(fragments, 2, 2, new java.util.Random(1));
        assertEquals(2, glued.size());
        assertEquals(4, glued.stream().mapToInt(s -> s.tokens().size()).sum());
    }

    private static String json(String[] items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? "," : "").append('"').append(items[i]).append('"');
        }
        return sb.append(']').toString();
    }
}
