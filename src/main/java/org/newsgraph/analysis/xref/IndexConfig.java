package org.newsgraph.analysis.xref;

import java.time.Duration;

/**
 * Cost bounds of candidate lookup.
 *
 * @param timeWindow       only articles published this close are candidates (ignored when either has no time)
 * @param lookupKeys       the query's rarest keys that are looked up (by weight x IDF)
 * @param maxPostingsPerKey keys posted by more articles than this are not looked up (too common)
 * @param maxCandidates    candidates returned, best shared-rarity first
 * @param postedKeys       an article's keys posted for later lookups: this many heaviest by weight x IDF, plus
 *                         its entity keys ({@link CandidateIndex#postedKeys})
 */
public record IndexConfig(Duration timeWindow, int lookupKeys, int maxPostingsPerKey, int maxCandidates,
                          int postedKeys) {
    public static IndexConfig defaults() {
        return new IndexConfig(Duration.ofDays(7), 48, 2_000, 100, 48);
    }

    /** Bounds that post as many keys of an article as a lookup reads. */
    public IndexConfig(Duration timeWindow, int lookupKeys, int maxPostingsPerKey, int maxCandidates) {
        this(timeWindow, lookupKeys, maxPostingsPerKey, maxCandidates, lookupKeys);
    }
}
