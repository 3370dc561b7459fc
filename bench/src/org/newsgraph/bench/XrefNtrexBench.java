package org.newsgraph.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.PipelineFactory;
import org.newsgraph.xref.ArticleSignals;
import org.newsgraph.xref.InMemoryCandidateIndex;
import org.newsgraph.xref.Relation;
import org.newsgraph.xref.SignalExtractor;
import org.newsgraph.xref.StoryClusterer;
import org.newsgraph.xref.XrefConfig;
import org.newsgraph.xref.XrefLink;
import org.newsgraph.xref.XrefLinker;
import org.newsgraph.xref.XrefScorer;

/**
 * Cross-reference quality on NTREX-128 dev: 62 stories, each in 18 languages (Spanish twice). Articles
 * arrive in a shuffled order (fixed seed); each is analyzed by the standard pipeline and linked only
 * against earlier ones. Prints pairwise precision/recall/F1 of the story relation (duplicate, translation,
 * same_story), for direct links and for the stories the clusterer builds from them, overall, per script
 * pair and per language pair (summarised), plus a sweep of the story threshold (the only tuning done,
 * on the overall figure). NTREX has no publication times: every article gets none, so the time factor is
 * neutral and the candidate time window does not filter.
 */
public final class XrefNtrexBench {
    /** NTREX ISO 639-3 (+script) codes to the service's BCP-47 codes; no two-letter code -> 639-3 subtag. */
    static final Map<String, String> LANGUAGE = Map.ofEntries(
            Map.entry("eng", "en"), Map.entry("fas", "fa"), Map.entry("arb", "ar"), Map.entry("aze-Latn", "az"),
            Map.entry("tur", "tr"), Map.entry("rus", "ru"), Map.entry("urd", "ur"), Map.entry("deu", "de"),
            Map.entry("fra", "fr"), Map.entry("spa", "es"), Map.entry("prs", "prs"), Map.entry("pus", "ps"),
            Map.entry("kmr", "kmr"), Map.entry("ckb-Arab", "ckb"), Map.entry("uzb", "uz"), Map.entry("kaz", "kk"),
            Map.entry("ukr", "uk"), Map.entry("heb", "he"));
    static final Map<String, String> SCRIPT = Map.ofEntries(
            Map.entry("en", "Latn"), Map.entry("fa", "Arab"), Map.entry("ar", "Arab"), Map.entry("az", "Latn"),
            Map.entry("tr", "Latn"), Map.entry("ru", "Cyrl"), Map.entry("ur", "Arab"), Map.entry("de", "Latn"),
            Map.entry("fr", "Latn"), Map.entry("es", "Latn"), Map.entry("prs", "Arab"), Map.entry("ps", "Arab"),
            Map.entry("kmr", "Latn"), Map.entry("ckb", "Arab"), Map.entry("uz", "Latn"), Map.entry("kk", "Cyrl"),
            Map.entry("uk", "Cyrl"), Map.entry("he", "Hebr"));

    record Article(String id, String language, String story, String title, String text) {}

    public static void main(String[] args) throws Exception {
        Path file = EvalData.require("xref/ntrex-dev.jsonl");
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20240521L;
        List<Article> articles = read(file);
        Collections.shuffle(articles, new Random(seed));

        AnalysisPipeline pipeline = PipelineFactory.standard();
        SignalExtractor extractor = new SignalExtractor();
        XrefScorer scorer = new XrefScorer();
        XrefConfig config = scorer.config();
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, Article> byId = new HashMap<>();
        List<Scored> scored = new ArrayList<>();
        Map<Relation, Integer> relations = new TreeMap<>();
        long analysisNanos = 0;
        long linkNanos = 0;
        long candidateTotal = 0;
        for (Article a : articles) {
            byId.put(a.id, a);
            long t0 = System.nanoTime();
            Document doc = pipeline.run(new Document(a.title + "\n" + a.text, a.language));
            ArticleSignals signals = extractor.extract(a.id, doc, a.language, null, a.title, null);
            long t1 = System.nanoTime();
            List<String> candidates = index.candidates(signals);
            candidateTotal += candidates.size();
            List<XrefLink> links = new ArrayList<>();
            for (String c : candidates) {
                XrefLink link = scorer.score(signals, index.get(c), index);
                links.add(link);
                scored.add(new Scored(a.id, c, link.score(), link));
                relations.merge(link.relation(), 1, Integer::sum);
            }
            clusterer.add(a.id, XrefLinker.storyLinks(links, config.storyThreshold(), config.storyMergeThreshold(), clusterer));
            index.add(signals);
            linkNanos += System.nanoTime() - t1;
            analysisNanos += t1 - t0;
        }
        System.out.printf(Locale.ROOT, "NTREX dev: %d articles, %d stories, seed %d, pipeline analyzers: %d%n",
                articles.size(), articles.stream().map(Article::story).distinct().count(), seed,
                pipeline.analyzers().size());
        System.out.printf(Locale.ROOT, "time per article: analysis+signals %.1f ms, candidates+scoring %.2f ms; "
                + "mean candidates %.1f%n", analysisNanos / 1e6 / articles.size(), linkNanos / 1e6 / articles.size(),
                (double) candidateTotal / articles.size());
        System.out.println("relations of scored candidate pairs: " + relations);

        List<Article> ordered = new ArrayList<>(articles);
        System.out.println("\n== threshold sweep (story threshold; tuning looks at the overall F1 only)");
        for (double t = 0.05; t <= 0.501; t += 0.025) {
            Counts direct = new Counts();
            Counts clustered = new Counts();
            evaluate(ordered, byId, directPairs(scored, t), direct, null);
            evaluate(ordered, byId, clusterPairs(ordered, scored, t, Math.max(t, config.storyMergeThreshold())), clustered, null);
            System.out.printf(Locale.ROOT, "t=%.3f direct %s | clustered %s%n", t, direct, clustered);
        }

        double t = config.storyThreshold();
        System.out.printf(Locale.ROOT, "%n== at the configured story threshold %.3f%n", t);
        report("direct links", ordered, byId, directPairs(scored, t));
        java.util.Set<String> clusteredPairs = new java.util.HashSet<>();
        for (Article a : ordered) {
            for (Article b : ordered) {
                if (a.id.compareTo(b.id) < 0 && clusterer.storyOf(a.id).equals(clusterer.storyOf(b.id))) {
                    clusteredPairs.add(pairKey(a.id, b.id));
                }
            }
        }
        System.out.printf("stories built: %d (gold 62)%n", clusterer.storyCount());
        report("story clusters", ordered, byId, clusteredPairs);
    }

    record Scored(String a, String b, double score, XrefLink link) {}

    static final class Counts {
        long tp, fp, fn;

        double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    static void report(String title, List<Article> articles, Map<String, Article> byId, java.util.Set<String> predicted) {
        Counts overall = new Counts();
        Map<String, Counts> byScript = new TreeMap<>();
        Map<String, Counts> byLanguage = new TreeMap<>();
        evaluate(articles, byId, predicted, overall, (group, kind) -> {});
        evaluateGrouped(articles, predicted, byScript, byLanguage);
        System.out.printf("%n-- %s: overall %s%n", title, overall);
        System.out.printf(Locale.ROOT, "   wrong links (between different stories): %.2f%% of %d predicted pairs%n",
                100.0 * overall.fp / Math.max(1, overall.tp + overall.fp), overall.tp + overall.fp);
        System.out.println("   per script pair:");
        byScript.forEach((k, c) -> System.out.printf("     %-10s %s%n", k, c));
        List<Map.Entry<String, Counts>> langs = new ArrayList<>(byLanguage.entrySet());
        langs.sort(java.util.Comparator.comparingDouble(e -> e.getValue().f1()));
        double mean = langs.stream().mapToDouble(e -> e.getValue().f1()).average().orElse(0);
        System.out.printf(Locale.ROOT, "   per language pair (%d pairs): mean F1 %.3f, median %.3f; worst 8:%n",
                langs.size(), mean, langs.get(langs.size() / 2).getValue().f1());
        langs.stream().limit(8).forEach(e -> System.out.printf("     %-8s %s%n", e.getKey(), e.getValue()));
        System.out.println("   best 3:");
        langs.subList(langs.size() - 3, langs.size()).forEach(e -> System.out.printf("     %-8s %s%n", e.getKey(), e.getValue()));
    }

    interface GroupSink { void accept(String group, String kind); }

    static void evaluate(List<Article> articles, Map<String, Article> byId, java.util.Set<String> predicted, Counts c,
                         GroupSink ignored) {
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                boolean gold = a.story.equals(b.story);
                boolean pred = predicted.contains(pairKey(a.id, b.id));
                if (gold && pred) c.tp++;
                else if (pred) c.fp++;
                else if (gold) c.fn++;
            }
        }
    }

    static void evaluateGrouped(List<Article> articles, java.util.Set<String> predicted, Map<String, Counts> byScript,
                                Map<String, Counts> byLanguage) {
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                boolean gold = a.story.equals(b.story);
                boolean pred = predicted.contains(pairKey(a.id, b.id));
                if (!gold && !pred) continue;
                for (var e : List.of(Map.entry(byScript, pairName(SCRIPT.get(a.language), SCRIPT.get(b.language))),
                        Map.entry(byLanguage, pairName(a.language, b.language)))) {
                    Counts c = e.getKey().computeIfAbsent(e.getValue(), k -> new Counts());
                    if (gold && pred) c.tp++;
                    else if (pred) c.fp++;
                    else c.fn++;
                }
            }
        }
    }

    static String pairName(String x, String y) {
        return x.compareTo(y) <= 0 ? x + "-" + y : y + "-" + x;
    }

    static String pairKey(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    static java.util.Set<String> directPairs(List<Scored> scored, double threshold) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Scored s : scored) {
            if (s.score >= threshold) out.add(pairKey(s.a, s.b));
        }
        return out;
    }

    /** Pairs in one story when stories are built from the links with the linker's policy at these thresholds. */
    static java.util.Set<String> clusterPairs(List<Article> articles, List<Scored> scored, double threshold,
                                               double mergeThreshold) {
        StoryClusterer c = new StoryClusterer();
        Map<String, List<XrefLink>> linksOf = new HashMap<>();
        for (Scored s : scored) {
            linksOf.computeIfAbsent(s.a, k -> new ArrayList<>()).add(s.link);
        }
        for (Article a : articles) {
            c.add(a.id, XrefLinker.storyLinks(linksOf.getOrDefault(a.id, List.of()), threshold, mergeThreshold, c));
        }
        Map<Long, List<String>> stories = new HashMap<>();
        for (Article a : articles) stories.computeIfAbsent(c.storyOf(a.id), k -> new ArrayList<>()).add(a.id);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (List<String> m : stories.values()) {
            for (int i = 0; i < m.size(); i++) for (int j = i + 1; j < m.size(); j++) out.add(pairKey(m.get(i), m.get(j)));
        }
        return out;
    }

    static List<Article> read(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String language = LANGUAGE.get(n.get("lang").asText());
                if (language == null) throw new IllegalStateException("unmapped NTREX language " + n.get("lang"));
                // Spanish comes in two translations under one id: keep both as separate articles.
                String id = n.get("id").asText();
                int k = seen.merge(id, 1, Integer::sum);
                out.add(new Article(k == 1 ? id : id + "~" + k, language, n.get("cluster").asText(),
                        n.get("title").asText().strip(), n.get("text").asText()));
            }
        }
        return out;
    }
}
