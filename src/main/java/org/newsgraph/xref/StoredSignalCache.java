package org.newsgraph.xref;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.newsgraph.analysis.xref.ArticleSignals;

/**
 * Signals of indexed articles as {@link PgCandidateIndex} parsed them from their xref_article rows, shared by
 * the linking steps of one instance: the same recent articles are candidates of many consecutive articles, and
 * reading and parsing their key arrays again is most of what loading candidates costs. Each entry is tied to
 * the row version it was parsed from (the row's {@code xmin} and {@code cmin}: the transaction and command
 * that wrote it, which every insert or update of the row changes, whichever instance writes it, even within
 * one transaction), and a step reuses an entry only when the row it reads has that version, so a relinked or
 * re-analyzed article is never served stale. Bounded by signal keys held.
 * Thread-safe; entries are immutable.
 */
public final class StoredSignalCache {
    /** Signals parsed from one version of an xref_article row. */
    record Entry(long version, ArticleSignals signals) {}

    private final Cache<Long, Entry> entries;

    /** A cache holding the signals of articles up to about {@code maxKeys} signal keys in all. */
    public StoredSignalCache(long maxKeys) {
        this.entries = Caffeine.newBuilder().maximumWeight(maxKeys)
                .weigher((Long id, Entry e) -> 1 + e.signals().weightedKeys().size()).build();
    }

    /** The cached entry of an article (any version), or null. */
    Entry get(long articleId) {
        return entries.getIfPresent(articleId);
    }

    void put(long articleId, long version, ArticleSignals signals) {
        entries.put(articleId, new Entry(version, signals));
    }

    /** Drops an article's entry (its row is being removed; a stale entry would only be a miss, but holds memory). */
    void invalidate(long articleId) {
        entries.invalidate(articleId);
    }
}
