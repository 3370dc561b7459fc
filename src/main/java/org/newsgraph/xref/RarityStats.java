package org.newsgraph.xref;

/**
 * Document frequencies of signal keys over the indexed articles, for rarity (IDF) weighting: a key that
 * many articles share ("2018", a capital city, a function word's skeleton) says little about the story.
 */
public interface RarityStats {
    /** Indexed articles that carry the key (prefixed key space of {@link ArticleSignals#weightedKeys()}). */
    int documentFrequency(String key);

    /** Indexed articles. */
    int size();

    /**
     * Smoothed inverse document frequency, ln(1 + (N+1)/(df+0.5)): positive even for very common keys and
     * for a tiny index, so early articles still link; a key seen by one article in 1,000 weighs ~6.5,
     * one seen by all ~0.7.
     */
    default double idf(String key) {
        return Math.log(1.0 + (size() + 1.0) / (documentFrequency(key) + 0.5));
    }
}
