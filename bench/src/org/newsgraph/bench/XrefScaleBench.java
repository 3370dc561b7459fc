package org.newsgraph.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.InMemoryCandidateIndex;
import org.newsgraph.analysis.xref.SignalExtractor;
import org.newsgraph.analysis.xref.XrefScorer;

/**
 * Linking cost as the index grows to 1k, 10k and 100k articles (in-memory index). Volume comes from real
 * text: Fars News articles, NTREX articles and Lingua test sentences, each analyzed once by the standard
 * pipeline into signals; a synthetic article is the union of the signals of 8 random units of one language
 * (so no text is copied to make volume), published at a random time within 60 days. Reported per query
 * article (never indexed itself): candidate lookup + scoring time, candidates scored, postings scanned.
 * Analysis time is not part of this figure (see XrefNtrexBench for it).
 */
public final class XrefScaleBench {
    private static final int UNITS_PER_ARTICLE = 8;
    private static final int QUERIES = 300;

    public static void main(String[] args) throws Exception {
        Map<String, List<ArticleSignals>> units = loadUnits();
        System.out.printf(Locale.ROOT, "units analyzed: %s%n", sizes(units));
        Random random = new Random(7);
        List<String> languages = new ArrayList<>(units.keySet());
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        XrefScorer scorer = new XrefScorer();
        int made = 0;
        for (int target : new int[] {1_000, 10_000, 100_000}) {
            while (made < target) {
                index.add(compose("a" + made, units, languages, random, start));
                made++;
            }
            long nanos = 0;
            long candidates = 0;
            long scanned = 0;
            int maxCandidates = 0;
            for (int q = 0; q < QUERIES; q++) {
                ArticleSignals query = compose("q" + q, units, languages, random, start);
                long t0 = System.nanoTime();
                List<String> found = index.candidates(query);
                for (String id : found) {
                    scorer.score(query, index.get(id), index);
                }
                nanos += System.nanoTime() - t0;
                candidates += found.size();
                scanned += index.lastScannedPostings();
                maxCandidates = Math.max(maxCandidates, found.size());
            }
            System.out.printf(Locale.ROOT, "%,7d indexed: %.2f ms per article (lookup+scoring), candidates mean %.1f "
                    + "max %d, postings scanned mean %,.0f%n", target, nanos / 1e6 / QUERIES,
                    (double) candidates / QUERIES, maxCandidates, (double) scanned / QUERIES);
        }
    }

    static ArticleSignals compose(String id, Map<String, List<ArticleSignals>> units, List<String> languages,
                                          Random random, Instant start) {
        String language = languages.get(random.nextInt(languages.size()));
        List<ArticleSignals> pool = units.get(language);
        Map<String, Double> words = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        Set<String> numbers = new HashSet<>();
        long fingerprint = 0;
        String script = null;
        for (int i = 0; i < UNITS_PER_ARTICLE; i++) {
            ArticleSignals u = pool.get(random.nextInt(pool.size()));
            u.words().forEach((k, w) -> words.merge(k, w, Double::sum));
            surfaces.putAll(u.wordSurfaces());
            numbers.addAll(u.numbers());
            fingerprint ^= Long.rotateLeft(u.fingerprint(), i);
            script = u.script();
        }
        Instant published = start.plus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES);
        return new ArticleSignals(id, language, script, published, null, id, Map.of(), Map.of(), Set.of(), numbers,
                words, surfaces, fingerprint);
    }

    static Map<String, List<ArticleSignals>> loadUnits() throws Exception {
        Path farsnews = EvalData.require("corpus/farsnews.jsonl");
        Path ntrex = EvalData.require("xref/ntrex-dev.jsonl");
        Path sentences = EvalData.require("langid/lingua-sentences.jsonl");
        AnalysisPipeline pipeline = StandardPipeline.build();
        SignalExtractor extractor = new SignalExtractor();
        ObjectMapper json = new ObjectMapper();
        Map<String, List<ArticleSignals>> units = new HashMap<>();
        int n = 0;
        for (Path file : List.of(farsnews, ntrex, sentences)) {
            try (BufferedReader r = Files.newBufferedReader(file)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) continue;
                    JsonNode node = json.readTree(line);
                    String lang = node.get("lang").asText();
                    if (file == ntrex) lang = XrefNtrexBench.LANGUAGE.get(lang);
                    String text = node.get("text").asText();
                    Document doc = pipeline.run(new Document(text, lang));
                    units.computeIfAbsent(lang, k -> new ArrayList<>())
                            .add(extractor.extract("u" + n++, doc, lang, null, null, null));
                }
            }
        }
        return units;
    }

    static Map<String, Integer> sizes(Map<String, List<ArticleSignals>> units) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        units.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
