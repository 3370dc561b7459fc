package org.newsgraph.tools.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads labelled sentences: PAN-X style JSONL ({"tokens":[...],"tags":[IOB2]}) or CoNLL (token ... tag per
 * line, blank line between sentences, -DOCSTART- lines ignored). The format follows the file name
 * (.jsonl / anything else = CoNLL).
 */
public final class NerCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NerCorpus() {}

    public static List<NerSentence> read(Path file) throws IOException {
        return file.getFileName().toString().endsWith(".jsonl") ? readJsonl(file) : readConll(file);
    }

    public static List<NerSentence> readJsonl(Path file) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                List<String> tokens = new ArrayList<>();
                List<String> tags = new ArrayList<>();
                node.get("tokens").forEach(t -> tokens.add(t.asText()));
                node.get("tags").forEach(t -> tags.add(t.asText()));
                out.add(new NerSentence(tokens, tags));
            }
        }
        return out;
    }

    public static List<NerSentence> readConll(Path file) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(new NerSentence(tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        if (!tokens.isEmpty()) {
            out.add(new NerSentence(tokens, tags));
        }
        return out;
    }
}
