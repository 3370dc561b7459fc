package org.newsgraph.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.time.DateAnalyzer;

/**
 * Runs DateAnalyzer over the Fars News corpus: dates found per article, calendar mix, share with an open
 * year, a few examples, and articles per second (after a warm-up pass). Usage: bench/run DateBench
 */
public final class DateBench {
    public static void main(String[] args) throws Exception {
        Path corpus = EvalData.require("corpus/farsnews.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    texts.add(node.path("title").asText("") + "\n" + node.path("text").asText(""));
                }
            }
        }
        DateAnalyzer analyzer = new DateAnalyzer();
        for (String t : texts.subList(0, Math.min(200, texts.size()))) {
            analyzer.find(t); // warm-up
        }
        Map<String, Integer> calendars = new TreeMap<>();
        Map<Integer, Integer> perArticle = new TreeMap<>();
        int total = 0;
        int openYear = 0;
        long chars = 0;
        List<String> examples = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String text : texts) {
            List<DateMention> dates = analyzer.find(text);
            chars += text.length();
            total += dates.size();
            perArticle.merge(Math.min(dates.size(), 5), 1, Integer::sum);
            for (DateMention d : dates) {
                calendars.merge(d.calendar(), 1, Integer::sum);
                if (d.startDate() == null) {
                    openYear++;
                }
                if (examples.size() < 15 && examples.stream().noneMatch(e -> e.startsWith(d.text()))) {
                    examples.add(d.text() + "  ->  " + d.calendar() + " " + d.startDate()
                            + (d.startDate() != null && !d.startDate().equals(d.endDate()) ? ".." + d.endDate() : ""));
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("articles: %d (%.1f MB of text)%n", texts.size(), chars / 1e6);
        System.out.printf("dates found: %d (%.2f per article), open year: %d%n", total,
                (double) total / texts.size(), openYear);
        System.out.println("articles by number of dates (5 = 5 or more): " + perArticle);
        System.out.println("calendar mix: " + calendars);
        System.out.printf("speed: %.0f articles/s (%.2f s)%n", texts.size() / seconds, seconds);
        System.out.println("examples:");
        examples.forEach(e -> System.out.println("  " + e));
    }
}
