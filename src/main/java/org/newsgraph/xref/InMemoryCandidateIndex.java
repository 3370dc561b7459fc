package org.newsgraph.xref;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CandidateIndex} in memory: posting lists per key. Not thread-safe; callers serialize access.
 * Also counts how many postings each lookup scanned, so benchmarks can show cost staying flat.
 */
public final class InMemoryCandidateIndex implements CandidateIndex {
    private final IndexConfig config;
    private final Map<String, ArticleSignals> articles = new HashMap<>();
    private final Map<String, List<String>> postings = new HashMap<>();
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
        for (String key : allKeys(signals)) {
            postings.computeIfAbsent(key, k -> new ArrayList<>()).add(signals.articleId());
        }
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
    }

    @Override
    public ArticleSignals get(String articleId) {
        return articles.get(articleId);
    }

    @Override
    public int documentFrequency(String key) {
        List<String> list = postings.get(key);
        return list == null ? 0 : list.size();
    }

    @Override
    public int size() {
        return articles.size();
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
            double idf = idf(key);
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
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
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
    List<String> lookupKeys(ArticleSignals query) {
        return query.weightedKeys().entrySet().stream()
                .filter(e -> {
                    int df = documentFrequency(e.getKey());
                    return df > 0 && df <= config.maxPostingsPerKey();
                })
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * idf(e.getKey())))
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

    private static List<String> allKeys(ArticleSignals signals) {
        List<String> keys = new ArrayList<>(signals.weightedKeys().keySet());
        keys.addAll(signals.fingerprintBandKeys());
        return keys;
    }
}
