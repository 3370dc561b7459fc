package org.newsgraph.analysis.xref;

import java.time.Duration;

/**
 * Cost bounds of candidate lookup.
 *
 * @param timeWindow       only articles published this close are candidates (ignored when either has no time)
 * @param lookupKeys       the query's rarest keys that are looked up (by weight x IDF)
 * @param maxPostingsPerKey keys posted by more articles than this are not looked up (too common)
 * @param maxCandidates    candidates returned, best shared-rarity first
 */
public record IndexConfig(Duration timeWindow, int lookupKeys, int maxPostingsPerKey, int maxCandidates) {
    public static IndexConfig defaults() {
        return new IndexConfig(Duration.ofDays(7), 48, 2_000, 100);
    }
}
