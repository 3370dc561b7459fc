package org.newsgraph.analysis.xref;

import java.util.List;

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
}
