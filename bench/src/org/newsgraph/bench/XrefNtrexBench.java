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

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.InMemoryCandidateIndex;
import org.newsgraph.analysis.xref.Relation;
import org.newsgraph.analysis.xref.SignalExtractor;
import org.newsgraph.analysis.xref.StoryClusterer;
import org.newsgraph.analysis.xref.XrefConfig;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.analysis.xref.XrefLinker;
import org.newsgraph.analysis.xref.XrefScorer;

/**
 * Cross-reference quality on NTREX-128 dev: 62 stories, each in 18 languages (Spanish twice). Articles
 * arrive in a shuffled order (fixed seed); each is analyzed by the standard pipeline and linked only
 * against earlier ones. Prints pairwise precision/recall/F1 of the story relation (duplicate, translation,
 * same_story), for direct links and for the stories the clusterer builds from them, overall, per script
 * pair and per language pair (summarised), plus a sweep (model entity weight, story threshold, merge
 * threshold, join fraction; tuned on the overall figures only). Every article is analyzed once per run and
 * re-linked under each swept config. NTREX has no publication times: every article gets none, so the time factor is
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

        // The pipeline is the expensive part: analyze every article once, then link it under each config.
        AnalysisPipeline pipeline = StandardPipeline.build();
        Map<String, Document> analyzed = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        long t0 = System.nanoTime();
        for (Article a : articles) {
            byId.put(a.id, a);
            analyzed.put(a.id, pipeline.run(new Document(a.title + "\n" + a.text, a.language)));
        }
        long analysisNanos = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "NTREX dev: %d articles, %d stories, seed %d, pipeline analyzers: %d%n",
                articles.size(), articles.stream().map(Article::story).distinct().count(), seed,
                pipeline.analyzers().size());
        System.out.printf(Locale.ROOT, "time per article: analysis %.1f ms%n", analysisNanos / 1e6 / articles.size());
        List<Article> ordered = new ArrayList<>(articles);

        XrefConfig defaults = XrefConfig.defaults();
        System.out.println("\n== sweep (tuning looks at the overall F1 only): word cap x word max doc share x date/number"
                + " weight, each over story threshold x merge threshold x join fraction; per-script range shown, not tuned on");
        double[][] variants = { // word cap, word max doc share, entity, date, number weight
                {1.0, 1.0, 0.75, 4.0, 4.0}, {1.0, 1.0, 1.5, 4.0, 4.0}, {1.0, 0.05, 0.75, 4.0, 4.0},
                {1.0, 1.0, 0.75, 6.0, 6.0}};
        for (double[] v : variants) {
            XrefConfig config = defaults.withWordLimits(v[0], v[1]).withSignalWeights(v[2], v[3], v[4]);
            Run run = link(ordered, analyzed, config);
            String bestDirect = "";
            double bestDirectF1 = -1;
            double bestDirectT = 0;
            String bestCluster = "";
            double bestClusterF1 = -1;
            StoryClusterer bestClusterer = null;
            for (double t = 0.10; t <= 0.351; t += 0.025) {
                Counts direct = directCounts(ordered, byId, run.scored, t);
                if (direct.f1() > bestDirectF1) {
                    bestDirectF1 = direct.f1();
                    bestDirectT = t;
                    bestDirect = String.format(Locale.ROOT, "t=%.3f %s", t, direct);
                }
                for (double merge : new double[] {0.5, 0.7, 1.1}) {
                    for (double fraction : new double[] {0.0, 0.5, 0.7, 0.8, 0.9}) {
                        StoryClusterer clusterer = cluster(ordered, run.scored, t, Math.max(t, merge), fraction);
                        Counts c = clusterCounts(ordered, byId, clusterer);
                        if (c.f1() > bestClusterF1) {
                            bestClusterF1 = c.f1();
                            bestClusterer = clusterer;
                            bestCluster = String.format(Locale.ROOT, "t=%.3f merge=%.2f fraction=%.1f %s", t, merge, fraction, c);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "cap=%.2f share=%.2f entity=%.2f date=%.1f number=%.1f%n  direct best %s %s%n  clustered best %s %s%n",
                    v[0], v[1], v[2], v[3], v[4], bestDirect, scriptRange(ordered, directPairs(run.scored, bestDirectT - 1e-9)),
                    bestCluster, scriptRange(ordered, clusterPairs(ordered, bestClusterer)));
        }

        Run run = link(ordered, analyzed, defaults);
        System.out.printf(Locale.ROOT, "%n== defaults: model entity weight %.2f, story threshold %.3f, merge %.2f, join fraction %.2f%n",
                defaults.modelEntityWeight(), defaults.storyThreshold(), defaults.storyMergeThreshold(), defaults.storyJoinFraction());
        System.out.printf(Locale.ROOT, "candidates+scoring %.2f ms per article; mean candidates %.1f%n",
                run.linkNanos / 1e6 / articles.size(), (double) run.candidateTotal / articles.size());
        System.out.println("relations of scored candidate pairs: " + run.relations);
        // The figure: pairs the scorer itself types duplicate, translation or same_story.
        report("HEADLINE (issue 5): same-story relation, direct links typed duplicate/translation/same_story",
                ordered, byId, storyRelationPairs(run.scored));
        // What the service stores: each article keeps its strongest links per relation (XrefLinker.kept).
        Map<String, Integer> perArticle = new HashMap<>();
        run.kept.forEach(s -> {
            perArticle.merge(s.a, 1, Integer::sum);
            perArticle.merge(s.b, 1, Integer::sum);
        });
        System.out.printf(Locale.ROOT, "%nkept links (at most %d per relation, related from %.2f): %d of %d above NONE;"
                        + " per article avg %.1f, max %d%n", defaults.linksPerRelation(), defaults.relatedLinkThreshold(),
                run.kept.size(), run.scored.stream().filter(x -> x.link.relation() != Relation.NONE).count(),
                perArticle.values().stream().mapToInt(Integer::intValue).average().orElse(0),
                perArticle.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        report("HEADLINE on kept links (what the service stores)", ordered, byId, storyRelationPairs(run.kept));
        // Secondary: pairs in one story as the clusterer builds them (transitive membership, join policy).
        java.util.Set<String> clusteredPairs = clusterPairs(ordered, run.clusterer);
        System.out.printf("%nstories built: %d (gold 62)%n", run.clusterer.storyCount());
        report("story clusters (transitive story membership)", ordered, byId, clusteredPairs);
    }

    /** Pairs whose link the scorer typed as a story relation (duplicate, translation, same_story). */
    static java.util.Set<String> storyRelationPairs(List<Scored> scored) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Scored s : scored) {
            if (s.link.relation().joinsStory()) out.add(pairKey(s.a, s.b));
        }
        return out;
    }

    static java.util.Set<String> clusterPairs(List<Article> ordered, StoryClusterer clusterer) {
        java.util.Set<String> clusteredPairs = new java.util.HashSet<>();
        Map<Long, List<String>> stories = new HashMap<>();
        for (Article a : ordered) stories.computeIfAbsent(clusterer.storyOf(a.id), k -> new ArrayList<>()).add(a.id);
        for (List<String> m : stories.values()) {
            for (int i = 0; i < m.size(); i++) for (int j = i + 1; j < m.size(); j++) clusteredPairs.add(pairKey(m.get(i), m.get(j)));
        }
        return clusteredPairs;
    }

    /** Lowest and highest F1 over script pairs, and the lowest pair's name. */
    static String scriptRange(List<Article> articles, java.util.Set<String> predicted) {
        Map<String, Counts> byScript = new TreeMap<>();
        evaluateGrouped(articles, predicted, byScript, new HashMap<>());
        byScript.values().removeIf(c -> c.tp + c.fn == 0); // no gold pairs (one Hebrew article per story)
        var min = byScript.entrySet().stream().min(java.util.Comparator.comparingDouble(e -> e.getValue().f1())).orElseThrow();
        double max = byScript.values().stream().mapToDouble(Counts::f1).max().orElse(0);
        return String.format(Locale.ROOT, "[scripts F1 %.3f (%s) .. %.3f]", min.getValue().f1(), min.getKey(), max);
    }

    record Run(List<Scored> scored, List<Scored> kept, StoryClusterer clusterer, Map<Relation, Integer> relations, long linkNanos,
               long candidateTotal) {}

    /** Links the analyzed articles in order under one config, as the linker does (the same story policy). */
    static Run link(List<Article> articles, Map<String, Document> analyzed, XrefConfig config) {
        SignalExtractor extractor = new SignalExtractor(config);
        XrefScorer scorer = new XrefScorer(config);
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        StoryClusterer clusterer = new StoryClusterer();
        List<Scored> scored = new ArrayList<>();
        List<Scored> kept = new ArrayList<>();
        Map<Relation, Integer> relations = new TreeMap<>();
        long linkNanos = 0;
        long candidateTotal = 0;
        for (Article a : articles) {
            ArticleSignals signals = extractor.extract(a.id, analyzed.get(a.id), a.language, null, a.title, null);
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
            List<String> joined = XrefLinker.storyLinks(links, config, clusterer);
            clusterer.add(a.id, joined);
            for (XrefLink link : XrefLinker.kept(links, joined, config)) {
                kept.add(new Scored(a.id, link.second(), link.score(), link));
            }
            index.add(signals);
            linkNanos += System.nanoTime() - t1;
        }
        return new Run(scored, kept, clusterer, relations, linkNanos, candidateTotal);
    }

    static long goldPairs(List<Article> articles) {
        Map<String, Integer> sizes = new HashMap<>();
        articles.forEach(a -> sizes.merge(a.story, 1, Integer::sum));
        return sizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
    }

    static Counts directCounts(List<Article> articles, Map<String, Article> byId, List<Scored> scored, double t) {
        Counts c = new Counts();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Scored s : scored) {
            if (s.score >= t && seen.add(pairKey(s.a, s.b))) {
                if (byId.get(s.a).story.equals(byId.get(s.b).story)) c.tp++;
                else c.fp++;
            }
        }
        c.fn = goldPairs(articles) - c.tp;
        return c;
    }

    /** Pairwise counts of a clustering from its composition, without enumerating all pairs. */
    static Counts clusterCounts(List<Article> articles, Map<String, Article> byId, StoryClusterer clusterer) {
        Map<Long, Map<String, Integer>> composition = new HashMap<>();
        for (Article a : articles) {
            composition.computeIfAbsent(clusterer.storyOf(a.id), k -> new HashMap<>()).merge(a.story, 1, Integer::sum);
        }
        Counts c = new Counts();
        long predicted = 0;
        for (Map<String, Integer> gold : composition.values()) {
            long size = gold.values().stream().mapToLong(Integer::longValue).sum();
            predicted += size * (size - 1) / 2;
            c.tp += gold.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
        }
        c.fp = predicted - c.tp;
        c.fn = goldPairs(articles) - c.tp;
        return c;
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
        byScript.forEach((k, c) -> System.out.printf("     %-10s %s%s%n", k, c, c.tp + c.fn == 0 ? " (no gold pairs)" : ""));
        // Pairs of one language other than Spanish have no gold pairs (one article per story): F1 is
        // undefined there, so they are left out of the F1 summary and only their wrong links are counted.
        List<Map.Entry<String, Counts>> langs = new ArrayList<>(byLanguage.entrySet());
        long noGoldWrong = langs.stream().filter(e -> e.getValue().tp + e.getValue().fn == 0)
                .mapToLong(e -> e.getValue().fp).sum();
        langs.removeIf(e -> e.getValue().tp + e.getValue().fn == 0);
        langs.sort(java.util.Comparator.comparingDouble(e -> e.getValue().f1()));
        double mean = langs.stream().mapToDouble(e -> e.getValue().f1()).average().orElse(0);
        System.out.printf(Locale.ROOT, "   per language pair (%d pairs with gold pairs): mean F1 %.3f, median %.3f, min %.3f;"
                + " wrong links within one language without gold pairs: %d; worst 8:%n",
                langs.size(), mean, langs.get(langs.size() / 2).getValue().f1(), langs.get(0).getValue().f1(), noGoldWrong);
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

    /** Stories built from the scored links with the linker's policy at these thresholds. */
    static StoryClusterer cluster(List<Article> articles, List<Scored> scored, double threshold,
                                  double mergeThreshold, double joinFraction) {
        StoryClusterer c = new StoryClusterer();
        Map<String, List<XrefLink>> linksOf = new HashMap<>();
        for (Scored s : scored) {
            linksOf.computeIfAbsent(s.a, k -> new ArrayList<>()).add(s.link);
        }
        for (Article a : articles) {
            c.add(a.id, XrefLinker.storyLinks(linksOf.getOrDefault(a.id, List.of()), threshold, mergeThreshold,
                    joinFraction, c));
        }
        return c;
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
