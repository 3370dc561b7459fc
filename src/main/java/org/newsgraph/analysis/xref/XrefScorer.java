package org.newsgraph.analysis.xref;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.lang.UScript;

/**
 * Scores a pair of articles in [0,1] and types their relation. The score is a cosine of rarity-weighted
 * signal vectors (entity keys, days, numbers, name skeletons; each kind with its own multiplier), each
 * vector's norm taken over its {@link XrefConfig#scoredKeys()} heaviest keys, then damped by the gap in
 * publication time. A cosine decomposes into per-key products, which is what the evidence reports.
 * Stateless apart from its config; thread-safe.
 */
public final class XrefScorer {
    /** Signal kinds as the evidence names them, in the order of their indexes below. */
    static final List<String> KINDS = List.of("entity", "date", "number", "word");
    private static final int ENTITY = 0;
    private static final int DATE = 1;
    private static final int NUMBER = 2;
    private static final int WORD = 3;

    private final XrefConfig config;
    private final double[] kindWeights;

    public XrefScorer(XrefConfig config) {
        this.config = config;
        this.kindWeights = new double[] {config.entityWeight(), config.dateWeight(), config.numberWeight(),
                config.wordWeight()};
    }

    public XrefScorer() {
        this(XrefConfig.defaults());
    }

    public XrefConfig config() {
        return config;
    }

    /**
     * The new article's side of scoring (its rarity-weighted vector and norm), computed once for all its
     * candidates; valid while the rarity statistics stay as they are.
     */
    public Query query(ArticleSignals a, RarityStats rarity) {
        Query query = new Query(a, new HashMap<>(), 0, new HashMap<>());
        double[] values = new double[a.weightedKeys().size()];
        int[] count = {0};
        forEachWeighted(a, rarity, query, (key, kind, value) -> {
            query.vector().put(key, value);
            values[count[0]++] = value;
        });
        return new Query(a, query.vector(), topNormSquared(values, count[0]), query.keyFactors());
    }

    /**
     * A new article prepared for scoring against its candidates ({@link #query}). It also remembers each key's
     * rarity factor per language group, which every candidate of the group would otherwise look up again; so
     * one query is used by one thread.
     */
    public record Query(ArticleSignals signals, Map<String, Double> vector, double normSquared,
                        Map<String, Map<String, Double>> keyFactors) {}

    public XrefLink score(ArticleSignals a, ArticleSignals b, RarityStats rarity) {
        return score(query(a, rarity), b, rarity);
    }

    /** The pair's score, relation and evidence, whatever the relation (NONE included). */
    public XrefLink score(Query query, ArticleSignals b, RarityStats rarity) {
        Pair pair = pair(query, b, rarity);
        return new XrefLink(query.signals().articleId(), b.articleId(), pair.score(), pair.relation(),
                evidence(query.signals(), b, pair));
    }

    /**
     * The link to a candidate when the pair is related at all, else empty. Most candidates are not; their
     * evidence is never built.
     */
    public Optional<XrefLink> link(Query query, ArticleSignals b, RarityStats rarity) {
        Pair pair = pair(query, b, rarity);
        if (pair.relation() == Relation.NONE) {
            return Optional.empty();
        }
        return Optional.of(new XrefLink(query.signals().articleId(), b.articleId(), pair.score(), pair.relation(),
                evidence(query.signals(), b, pair)));
    }

    /** What scoring a pair found: the shared keys' parts (already scaled), per kind, and the verdict. */
    private record Pair(Map<String, Double> perKey, double[] kindParts, double score, Relation relation,
                        Duration gap, double timeFactor, double fingerprint) {}

    private Pair pair(Query query, ArticleSignals b, RarityStats rarity) {
        ArticleSignals a = query.signals();
        Map<String, Double> va = query.vector();
        double[] values = new double[b.weightedKeys().size()];
        int[] count = {0};
        List<String> sharedKeys = new ArrayList<>();
        List<double[]> sharedProducts = new ArrayList<>(); // {product, kind}
        forEachWeighted(b, rarity, query, (key, kind, value) -> {
            values[count[0]++] = value;
            Double mine = va.get(key);
            if (mine != null) {
                sharedKeys.add(key);
                sharedProducts.add(new double[] {mine * value, kind});
            }
        });
        double norm = Math.sqrt(query.normSquared() * topNormSquared(values, count[0]));

        double[] kindParts = new double[KINDS.size()];
        double[] parts = new double[sharedKeys.size()];
        double dot = 0;
        if (norm > 0) {
            for (int i = 0; i < parts.length; i++) {
                double[] product = sharedProducts.get(i);
                parts[i] = product[0] / norm;
                kindParts[(int) product[1]] += parts[i];
                dot += parts[i];
            }
        }
        double wordPart = kindParts[WORD];
        double wordScale = 1.0;
        if (wordPart > config.wordCap()) { // words support other evidence but cannot make a story alone
            wordScale = config.wordCap() / wordPart;
            kindParts[WORD] = config.wordCap();
            dot -= wordPart - config.wordCap();
        }
        double similarity = Math.min(1.0, dot);
        double scale = dot > 1.0 ? 1.0 / dot : 1.0; // keys beyond the top ones can push a near-copy past 1
        for (int k = 0; k < kindParts.length; k++) {
            kindParts[k] *= scale;
        }
        Map<String, Double> perKey = new HashMap<>();
        if (norm > 0) {
            for (int i = 0; i < parts.length; i++) {
                boolean word = sharedProducts.get(i)[1] == WORD;
                perKey.put(sharedKeys.get(i), parts[i] * (word ? wordScale : 1.0) * scale);
            }
        }

        Duration gap = a.published() == null || b.published() == null ? null
                : Duration.between(a.published(), b.published()).abs();
        double timeFactor = gap == null ? 1.0
                : config.timeFloor() + (1 - config.timeFloor())
                        * Math.pow(0.5, gap.toMinutes() / 60.0 / (config.timeHalfLife().toMinutes() / 60.0));
        double score = similarity * timeFactor;
        double fingerprint = a.fingerprintSimilarity(b);
        return new Pair(perKey, kindParts, score, relation(a, b, score, fingerprint), gap, timeFactor, fingerprint);
    }

    private static XrefEvidence evidence(ArticleSignals a, ArticleSignals b, Pair pair) {
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (int k = 0; k < KINDS.size(); k++) {
            contributions.put(KINDS.get(k), pair.kindParts()[k]);
        }
        return new XrefEvidence(
                sharedNames(a.entities(), a.entityNames(), b.entityNames(), ArticleSignals.ENTITY, pair.perKey()),
                sharedDates(a, b), sharedNumbers(a, b),
                sharedNames(a.words(), a.wordSurfaces(), b.wordSurfaces(), ArticleSignals.WORD, pair.perKey()),
                pair.gap(), contributions, pair.timeFactor(), pair.fingerprint(), XrefConfig.METHOD_VERSION);
    }

    Relation relation(ArticleSignals a, ArticleSignals b, double score, double fingerprint) {
        boolean sameLanguage = a.language() != null && a.language().equals(b.language());
        if (sameLanguage && fingerprint >= config.duplicateFingerprint() && score >= config.relatedThreshold()) {
            return Relation.DUPLICATE;
        }
        if (score >= config.storyThreshold()) {
            boolean aligned = aligned(a.numbers(), b.numbers()) && aligned(a.dates(), b.dates());
            if (!sameLanguage && score >= config.translationThreshold() && aligned) {
                return Relation.TRANSLATION;
            }
            return Relation.SAME_STORY;
        }
        return score >= config.relatedThreshold() ? Relation.RELATED : Relation.NONE;
    }

    /** True when neither side has any, or their Jaccard reaches the alignment threshold. */
    private boolean aligned(Set<?> x, Set<?> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return true;
        }
        Set<Object> union = new HashSet<>(x);
        union.addAll(y);
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / union.size() >= config.alignmentThreshold();
    }

    @FunctionalInterface
    private interface WeightedKey {
        void accept(String key, int kind, double value);
    }

    /**
     * The article's rarity-weighted keys in the prefixed key space (keys that weigh nothing left out), each
     * key's rarity factor taken from the query's memory of its group or computed once there.
     */
    private void forEachWeighted(ArticleSignals s, RarityStats rarity, Query query, WeightedKey consumer) {
        String group = InMemoryCandidateIndex.group(s);
        Map<String, Double> factors = query.keyFactors().computeIfAbsent(group, g -> new HashMap<>());
        int size = rarity.size(group);
        boolean judgeShare = size >= XrefConfig.MIN_ARTICLES_FOR_SHARE && config.wordMaxDocShare() < 1.0;
        double wordTrust = wordTrust(s.script(), size);
        s.weightedKeys().forEach((k, w) -> {
            int kind = kindIndex(k);
            Double factor = factors.get(k);
            if (factor == null) {
                // a common word's skeleton, not a name, only collides with unrelated articles: factor 0
                boolean common = judgeShare && kind == WORD
                        && rarity.documentFrequency(group, k) > config.wordMaxDocShare() * size;
                factor = common ? 0.0 : rarity.idf(group, k);
                factors.put(k, factor);
            }
            double value = w * kindWeights[kind] * factor * (kind == WORD ? wordTrust : 1.0);
            if (value > 0) { // a key that weighs nothing is no evidence either
                consumer.accept(k, kind, value);
            }
        });
    }

    /**
     * How far an article's name-word skeletons can be trusted, from 0 to 1. In a script with letter case
     * only capitalized words are keys, mostly names: trusted. In a caseless script (Arabic, Hebrew, ...)
     * every word is a key and only rarity tells names from function words, which takes a few articles of
     * the language to count; until then (a new store, a new language) the words weigh in proportion to the
     * articles seen, this one included. Otherwise its many common words crowd out its few names, dates and
     * entities, and related languages sharing the script (Persian and Arabic) look alike through them.
     */
    static double wordTrust(String script, int languageArticles) {
        if (script != null) {
            int code = UScript.getCodeFromName(script);
            if (code != UScript.INVALID_CODE && UScript.isCased(code)) {
                return 1.0;
            }
        }
        return Math.min(1.0, (languageArticles + 1.0) / (XrefConfig.MIN_ARTICLES_FOR_CASELESS_WORDS + 1.0));
    }

    /** Sum of the squares of the {@link XrefConfig#scoredKeys()} largest of the first {@code n} values. */
    private double topNormSquared(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = n - 1; i >= Math.max(0, n - config.scoredKeys()); i--) {
            sum += sorted[i] * sorted[i];
        }
        return sum;
    }

    /** Index of the key's kind in {@link #KINDS}, by its prefix; anything unprefixed counts as a word. */
    static int kindIndex(String key) {
        if (key.length() > 1 && key.charAt(1) == ':') {
            switch (key.charAt(0)) {
                case 'e': return ENTITY;
                case 'd': return DATE;
                case 'n': return NUMBER;
                default: return WORD;
            }
        }
        return WORD;
    }

    private static List<XrefEvidence.SharedName> sharedNames(Map<String, Double> keysOfFirst,
                                                              Map<String, String> namesFirst,
                                                              Map<String, String> namesSecond, String prefix,
                                                              Map<String, Double> perKey) {
        List<XrefEvidence.SharedName> out = new ArrayList<>();
        for (String key : keysOfFirst.keySet()) {
            Double part = perKey.get(prefix + key);
            if (part != null) {
                out.add(new XrefEvidence.SharedName(key, namesFirst.get(key), namesSecond.get(key), part));
            }
        }
        out.sort(Comparator.comparingDouble(XrefEvidence.SharedName::contribution).reversed());
        return out;
    }

    private static List<LocalDate> sharedDates(ArticleSignals a, ArticleSignals b) {
        return a.dates().stream().filter(b.dates()::contains).sorted().toList();
    }

    private static List<String> sharedNumbers(ArticleSignals a, ArticleSignals b) {
        return a.numbers().stream().filter(b.numbers()::contains).sorted().toList();
    }
}
