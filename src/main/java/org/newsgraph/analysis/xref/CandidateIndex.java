package org.newsgraph.analysis.xref;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.newsgraph.xref.PgCandidateIndex;

/**
 * Finds the articles worth scoring against a new one by inverted lookups on its signal keys (entity keys,
 * dates, numbers, name skeletons, fingerprint bands) within a time window. Implementations keep cost flat
 * as the store grows: keys posted by more than a cap of articles are too common to look up (they would
 * carry almost no weight anyway), and only the best few candidates by shared key rarity are returned.
 * The in-memory {@link InMemoryCandidateIndex} serves tests and benchmarks; the service's
 * {@link PgCandidateIndex} implements the same contract over tables (article_signal, article_fingerprint_band,
 * signal_frequency) and returns the same candidates.
 */
public interface CandidateIndex extends RarityStats {
    void add(ArticleSignals signals);

    void remove(String articleId);

    /** The stored signals of an indexed article, or null. */
    ArticleSignals get(String articleId);

    /** Indexed article ids most likely to tell the same story, best first; never the query itself. */
    List<String> candidates(ArticleSignals query);

    /**
     * The keys of an article to post for later lookups, sorted: its {@link IndexConfig#postedKeys()} heaviest
     * by weight x rarity (as {@code rarity} stands before it is added), the order in which a lookup picks a
     * query's keys, and its entity keys, by which stories are found per entity. A lookup reads at most
     * {@link IndexConfig#lookupKeys()} of a query's keys, its heaviest, so a key low in one article is rarely
     * looked up by a related one, which shares its heavy keys as well. Every key still counts in the document
     * frequencies and in scoring; only the posting lists leave these out.
     */
    static List<String> postedKeys(ArticleSignals signals, RarityStats rarity, IndexConfig config) {
        String language = signals.language();
        TreeSet<String> posted = new TreeSet<>();
        signals.weightedKeys().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) ->
                                -e.getValue() * rarity.idf(language, e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(config.postedKeys())
                .forEach(e -> posted.add(e.getKey()));
        signals.weightedKeys().keySet().stream().filter(k -> k.startsWith(ArticleSignals.ENTITY)).forEach(posted::add);
        return List.copyOf(posted);
    }
}
