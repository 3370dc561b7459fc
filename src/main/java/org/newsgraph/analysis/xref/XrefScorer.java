package org.newsgraph.analysis.xref;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final XrefConfig config;

    public XrefScorer(XrefConfig config) {
        this.config = config;
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
        Map<String, Double> va = vector(a, rarity);
        return new Query(a, va, topNormSquared(va));
    }

    /** A new article prepared for scoring against its candidates ({@link #query}). */
    public record Query(ArticleSignals signals, Map<String, Double> vector, double normSquared) {}

    public XrefLink score(ArticleSignals a, ArticleSignals b, RarityStats rarity) {
        return score(query(a, rarity), b, rarity);
    }

    public XrefLink score(Query query, ArticleSignals b, RarityStats rarity) {
        ArticleSignals a = query.signals();
        Map<String, Double> va = query.vector();
        Map<String, Double> vb = vector(b, rarity);
        double norm = Math.sqrt(query.normSquared() * topNormSquared(vb));

        Map<String, Double> contributions = new LinkedHashMap<>();
        for (String kind : List.of("entity", "date", "number", "word")) {
            contributions.put(kind, 0.0);
        }
        Map<String, Double> perKey = new HashMap<>();
        double dot = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            Double other = vb.get(e.getKey());
            if (other != null && norm > 0) {
                double part = e.getValue() * other / norm;
                perKey.put(e.getKey(), part);
                contributions.merge(kindOf(e.getKey()), part, Double::sum);
                dot += part;
            }
        }
        double wordPart = contributions.get("word");
        if (wordPart > config.wordCap()) { // words support other evidence but cannot make a story alone
            double scale = config.wordCap() / wordPart;
            contributions.put("word", config.wordCap());
            perKey.replaceAll((k, v) -> kindOf(k).equals("word") ? v * scale : v);
            dot -= wordPart - config.wordCap();
        }
        double similarity = Math.min(1.0, dot);
        if (dot > 1.0) { // keys beyond the top ones can push a near-copy past 1: scale parts to match
            double scale = 1.0 / dot;
            contributions.replaceAll((k, v) -> v * scale);
            perKey.replaceAll((k, v) -> v * scale);
        }

        Duration gap = a.published() == null || b.published() == null ? null
                : Duration.between(a.published(), b.published()).abs();
        double timeFactor = gap == null ? 1.0
                : config.timeFloor() + (1 - config.timeFloor())
                        * Math.pow(0.5, gap.toMinutes() / 60.0 / (config.timeHalfLife().toMinutes() / 60.0));
        double score = similarity * timeFactor;

        double fingerprint = a.fingerprintSimilarity(b);
        Relation relation = relation(a, b, score, fingerprint);
        XrefEvidence evidence = new XrefEvidence(
                sharedNames(a.entities(), a.entityNames(), b.entityNames(), ArticleSignals.ENTITY, perKey),
                sharedDates(a, b), sharedNumbers(a, b),
                sharedNames(a.words(), a.wordSurfaces(), b.wordSurfaces(), ArticleSignals.WORD, perKey),
                gap, contributions, timeFactor, fingerprint, XrefConfig.METHOD_VERSION);
        return new XrefLink(a.articleId(), b.articleId(), score, relation, evidence);
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

    /** Rarity-weighted vector in the prefixed key space. */
    private Map<String, Double> vector(ArticleSignals s, RarityStats rarity) {
        Map<String, Double> v = new HashMap<>();
        String group = InMemoryCandidateIndex.group(s);
        int size = rarity.size(group);
        boolean judgeShare = size >= XrefConfig.MIN_ARTICLES_FOR_SHARE && config.wordMaxDocShare() < 1.0;
        double wordTrust = wordTrust(s.script(), size);
        s.weightedKeys().forEach((k, w) -> {
            boolean word = k.startsWith(ArticleSignals.WORD);
            if (judgeShare && word && rarity.documentFrequency(group, k) > config.wordMaxDocShare() * size) {
                return; // a common word's skeleton, not a name: it only collides with unrelated articles
            }
            double value = w * kindWeight(k) * rarity.idf(group, k) * (word ? wordTrust : 1.0);
            if (value > 0) { // a key that weighs nothing is no evidence either
                v.put(k, value);
            }
        });
        return v;
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

    private double topNormSquared(Map<String, Double> v) {
        return v.values().stream().sorted(Comparator.reverseOrder()).limit(config.scoredKeys())
                .mapToDouble(x -> x * x).sum();
    }

    private double kindWeight(String key) {
        return switch (kindOf(key)) {
            case "entity" -> config.entityWeight();
            case "date" -> config.dateWeight();
            case "number" -> config.numberWeight();
            default -> config.wordWeight();
        };
    }

    static String kindOf(String key) {
        if (key.startsWith(ArticleSignals.ENTITY)) {
            return "entity";
        }
        if (key.startsWith(ArticleSignals.DATE)) {
            return "date";
        }
        if (key.startsWith(ArticleSignals.NUMBER)) {
            return "number";
        }
        return "word";
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
