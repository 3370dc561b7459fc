package org.newsgraph.analysis.xref;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.xref.PgCandidateIndex;

/**
 * {@link CandidateIndex} in memory: posting lists per key. Not thread-safe; callers serialize access.
 * Also counts how many postings each lookup scanned, so benchmarks can show cost staying flat.
 */
public final class InMemoryCandidateIndex implements CandidateIndex {
    /**
     * Order of ids among equally good candidates: numeric ids by value (shorter first, then by text), so ties
     * break towards the newer article as in {@link PgCandidateIndex} and both return the same candidates.
     */
    private static final Comparator<String> NEWER_ID_LAST = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final IndexConfig config;
    private final Map<String, ArticleSignals> articles = new HashMap<>();
    private final Map<String, List<String>> postings = new HashMap<>();
    /** key -> indexed articles carrying it, all languages (posted or not). */
    private final Map<String, Integer> carriers = new HashMap<>();
    /** language -> key -> articles in that language carrying it, for {@link RarityStats}. */
    private final Map<String, Map<String, Integer>> frequencies = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private long lastScannedPostings;

    public InMemoryCandidateIndex(IndexConfig config) {
        this.config = config;
    }

    public InMemoryCandidateIndex() {
        this(IndexConfig.defaults());
    }

    @Override
    public void add(ArticleSignals signals) {
        if (articles.putIfAbsent(signals.articleId(), signals) != null) {
            return;
        }
        for (String key : postedKeys(signals)) {
            postings.computeIfAbsent(key, k -> new ArrayList<>()).add(signals.articleId());
        }
        signals.weightedKeys().keySet().forEach(k -> carriers.merge(k, 1, Integer::sum));
        Map<String, Integer> df = frequencies.computeIfAbsent(group(signals), l -> new HashMap<>());
        signals.weightedKeys().keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        sizes.merge(group(signals), 1, Integer::sum);
    }

    @Override
    public void remove(String articleId) {
        ArticleSignals signals = articles.remove(articleId);
        if (signals == null) {
            return;
        }
        for (String key : allKeys(signals)) {
            List<String> list = postings.get(key);
            if (list != null) {
                list.remove(articleId);
                if (list.isEmpty()) {
                    postings.remove(key);
                }
            }
        }
        signals.weightedKeys().keySet().forEach(k -> carriers.computeIfPresent(k, (key, n) -> n > 1 ? n - 1 : null));
        Map<String, Integer> df = frequencies.get(group(signals));
        signals.weightedKeys().keySet().forEach(k -> df.computeIfPresent(k, (key, n) -> n > 1 ? n - 1 : null));
        sizes.computeIfPresent(group(signals), (l, n) -> n > 1 ? n - 1 : null);
    }

    @Override
    public ArticleSignals get(String articleId) {
        return articles.get(articleId);
    }

    @Override
    public int documentFrequency(String language, String key) {
        Map<String, Integer> df = frequencies.get(language);
        return df == null ? 0 : df.getOrDefault(key, 0);
    }

    @Override
    public int size(String language) {
        return sizes.getOrDefault(language, 0);
    }

    /** The rarity group of an article: its language (see {@link RarityStats}). */
    static String group(ArticleSignals signals) {
        return signals.language();
    }

    /** Indexed articles, all languages. */
    public int size() {
        return articles.size();
    }

    /**
     * Indexed articles (all languages) that carry the key, posted or not: what decides whether it is too
     * common to look up, as the service reads it from the document frequencies.
     */
    public int postings(String key) {
        return carriers.getOrDefault(key, 0);
    }

    @Override
    public List<String> candidates(ArticleSignals query) {
        Map<String, Double> sharedRarity = new HashMap<>();
        long scanned = 0;
        for (String key : lookupKeys(query)) {
            List<String> list = postings.get(key);
            if (list == null || list.size() > config.maxPostingsPerKey()) {
                continue;
            }
            double idf = idf(group(query), key);
            for (String id : list) {
                sharedRarity.merge(id, idf, Double::sum);
            }
            scanned += list.size();
        }
        // A shared fingerprint band is what near-duplicates have in common even when their keys are common.
        for (String band : query.fingerprintBandKeys()) {
            List<String> list = postings.get(band);
            if (list != null && list.size() <= config.maxPostingsPerKey()) {
                list.forEach(id -> sharedRarity.merge(id, 1.0, Double::sum));
                scanned += list.size();
            }
        }
        lastScannedPostings = scanned;
        sharedRarity.remove(query.articleId());
        return sharedRarity.entrySet().stream()
                .filter(e -> withinWindow(query, articles.get(e.getKey())))
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry::getKey, NEWER_ID_LAST).reversed())
                .limit(config.maxCandidates())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Postings scanned by the last {@link #candidates} call. */
    public long lastScannedPostings() {
        return lastScannedPostings;
    }

    /**
     * The query keys worth looking up: its heaviest keys by weight x rarity among those some article
     * shares (a key nobody else has cannot find anything) and that are not too common to look up.
     */
    public List<String> lookupKeys(ArticleSignals query) {
        return query.weightedKeys().entrySet().stream()
                .filter(e -> {
                    int df = postings(e.getKey());
                    return df > 0 && df <= config.maxPostingsPerKey();
                })
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * idf(group(query), e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(config.lookupKeys())
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean withinWindow(ArticleSignals a, ArticleSignals b) {
        if (b == null) {
            return false;
        }
        if (a.published() == null || b.published() == null) {
            return true;
        }
        return Duration.between(a.published(), b.published()).abs().compareTo(config.timeWindow()) <= 0;
    }

    /** The keys posted for the article ({@link CandidateIndex#postedKeys}) and its fingerprint bands. */
    private List<String> postedKeys(ArticleSignals signals) {
        List<String> keys = new ArrayList<>(CandidateIndex.postedKeys(signals, this, config));
        keys.addAll(signals.fingerprintBandKeys());
        return keys;
    }

    private static List<String> allKeys(ArticleSignals signals) {
        List<String> keys = new ArrayList<>(signals.weightedKeys().keySet());
        keys.addAll(signals.fingerprintBandKeys());
        return keys;
    }
}
