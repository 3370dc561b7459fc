package org.newsgraph.xref;

import java.util.Collections;

/**
 * The SQL of {@link PgCandidateIndex}: the tables of V3__xref.sql and V4__xref_postings_by_time.sql
 * (xref_article, article_signal, article_fingerprint_band, signal_frequency, signal_language_size).
 */
final class CandidateQueries {
    private CandidateQueries() {}

    /** The stored signals of one article; nothing when it is already indexed. */
    static final String INSERT_ARTICLE = """
            insert into xref_article (article_id, language, script, published_at, title, content_hash,
                                      fingerprint, method_version, signal_keys, signal_weights, signal_surfaces)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (article_id) do nothing""";

    /** The postings of one article: the keys posted for later lookups (arrays, not a batch of rows). */
    static final String INSERT_POSTINGS = """
            insert into article_signal (article_id, key, weight, surface, published_at)
            select ?, k.key, k.weight, k.surface, ? from unnest(?::text[], ?::float8[], ?::text[]) as k(key, weight, surface)""";

    /** The fingerprint bands of one article, band numbers from 0. */
    static final String INSERT_BANDS = """
            insert into article_fingerprint_band (article_id, band, value)
            select ?, b.ord - 1, b.value from unnest(?::int[]) with ordinality as b(value, ord)""";

    /**
     * Counts one more article per key, in key order, so concurrent writers lock frequency rows in one order
     * (no deadlock).
     */
    static final String INCREMENT_FREQUENCIES = """
            insert into signal_frequency (language, key, articles)
            select ?, k, 1 from unnest(?::text[]) as k order by k
            on conflict (language, key) do update set articles = signal_frequency.articles + 1""";

    /** Counts one more indexed article of a language. */
    static final String INCREMENT_LANGUAGE_SIZE = """
            insert into signal_language_size (language, articles) values (?, 1)
            on conflict (language) do update set articles = signal_language_size.articles + 1""";

    /**
     * Adds the counts of many articles (parallel arrays language, key, count > 0) in one statement, rows in
     * (language, key) order as the caller sorted them, so concurrent writers lock them in one order.
     */
    static final String ADD_FREQUENCIES = """
            insert into signal_frequency (language, key, articles)
            select l, k, d from unnest(?::text[], ?::text[], ?::int[]) with ordinality as f(l, k, d, o) order by o
            on conflict (language, key) do update set articles = signal_frequency.articles + excluded.articles""";

    /** Drops the rows that counts going down (count < 0) bring to zero; runs before the subtraction. */
    static final String DELETE_SPENT_FREQUENCIES = """
            delete from signal_frequency s using unnest(?::text[], ?::text[], ?::int[]) as f(l, k, d)
            where s.language = f.l and s.key = f.k and s.articles + f.d <= 0""";

    /** Subtracts counts (count < 0) from the rows that stay above zero. */
    static final String SUBTRACT_FREQUENCIES = """
            update signal_frequency s set articles = s.articles + f.d
            from (select * from unnest(?::text[], ?::text[], ?::int[]) as f(l, k, d)) f
            where s.language = f.l and s.key = f.k and s.articles + f.d > 0""";

    /** Adds indexed articles to languages (parallel arrays language, count > 0), in language order. */
    static final String ADD_LANGUAGE_SIZES = """
            insert into signal_language_size (language, articles)
            select l, d from unnest(?::text[], ?::int[]) with ordinality as s(l, d, o) order by o
            on conflict (language) do update set articles = signal_language_size.articles + excluded.articles""";

    /** Subtracts removed articles from languages (count < 0). */
    static final String SUBTRACT_LANGUAGE_SIZES = """
            update signal_language_size s set articles = greatest(s.articles + f.d, 0)
            from unnest(?::text[], ?::int[]) as f(l, d) where s.language = f.l""";

    /** The language and keys of an indexed article, row-locked for its removal. */
    static final String LOCK_INDEXED_ARTICLE =
            "select language, signal_keys from xref_article where article_id = ? for update";

    /** Drops an article's postings (those of its keys that were posted). */
    static final String DELETE_POSTINGS = "delete from article_signal where article_id = ?";

    /** Drops an article's stored signals. */
    static final String DELETE_ARTICLE = "delete from xref_article where article_id = ?";

    /**
     * Drops the frequency rows of keys only this article carried; runs before the decrement, or a count
     * lowered from 2 to 1 would be dropped too.
     */
    static final String DELETE_LAST_FREQUENCIES = """
            delete from signal_frequency where language = ? and key = any(?::text[]) and articles = 1""";

    /** Counts one article fewer per key, in key order (as the increment). */
    static final String DECREMENT_FREQUENCIES = """
            update signal_frequency f set articles = f.articles - 1
            from (select k from unnest(?::text[]) as k order by k) as q
            where f.language = ? and f.key = q.k and f.articles > 1""";

    /** Counts one indexed article fewer of a language. */
    static final String DECREMENT_LANGUAGE_SIZE =
            "update signal_language_size set articles = greatest(articles - 1, 0) where language = ?";

    /**
     * The stored signals of several articles (last parameter: their ids) with their row versions (xmin and
     * cmin: the transaction and command that wrote the row, so every write changes it); the columns are null
     * for the articles whose version the caller holds (first two parameters: those ids and versions), so their
     * arrays are neither sent nor parsed.
     */
    static final String LOAD_SIGNALS = """
            select x.article_id, v.version, v.changed,
                   case when v.changed then x.language end, case when v.changed then x.script end,
                   case when v.changed then x.published_at end, case when v.changed then x.title end,
                   case when v.changed then x.content_hash end, case when v.changed then x.fingerprint end,
                   case when v.changed then x.signal_keys end, case when v.changed then x.signal_weights end,
                   case when v.changed then x.signal_surfaces end
            from xref_article x
            left join unnest(?::int8[], ?::int8[]) as k(id, known) on k.id = x.article_id
            cross join lateral (select (x.xmin::text::bigint << 32) | x.cmin::text::bigint as version) r
            cross join lateral (select r.version, r.version is distinct from k.known as changed) v
            where x.article_id = any(?)""";

    /** Indexed articles per language (one row per language). */
    static final String LANGUAGE_SIZES = "select language, articles from signal_language_size";

    /** Posting-list length of each key over all languages, and its frequency in one language. */
    static final String KEY_POSTINGS = """
            select key, sum(articles), coalesce(sum(articles) filter (where language = ?), 0)
            from signal_frequency where key = any(?::text[]) group by key""";

    /**
     * Frequencies of keys in several languages: one branch per language, each an index scan over its sorted
     * keys (joining (language, key) pairs probed the index once per pair instead: over twice as slow).
     * Parameters per branch: language, keys.
     */
    static String frequencies(int languages) {
        return String.join("\nunion all\n", Collections.nCopies(languages,
                "select language, key, articles from signal_frequency where language = ? and key = any(?::text[])"));
    }

    /** Fingerprint bands shared with the query, each within the cap; opens the hits CTE the lookups fill. */
    static final String SHARED_BANDS = """
            with bands as (
                select p.article_id, 1000000000 + b.ord as ord
                from unnest(?::int[]) with ordinality as b(value, ord)
                cross join lateral (
                    select l.article_id, count(*) over () as posted
                    from (select article_id from article_fingerprint_band
                          where band = b.ord - 1 and value = b.value limit ?) l) p
                where p.posted <= ?
            ), hits as (
            """;

    /** Best candidates by shared rarity summed in key order (ties: newer id first). */
    static final String SUM_SHARED_RARITY = """
            select article_id, sum(part order by ord) as shared from hits where article_id <> ?
            group by article_id order by shared desc, article_id desc limit ?
            """;

    /*
     * Shared rarity per article over the looked-up keys, plus 1 per shared fingerprint band, best first, ties
     * by newer id (as in memory). Summed in the order of the keys, then bands (ord), as in memory, so equal
     * shares are equal to the last bit and the same articles make the cut. Postings are read by
     * (key, published_at) ranges, so only those inside the window (or without a time, which the window
     * ignores) are read at all. A band is used only when its
     * posting list is within the cap, counted by reading at most cap + 1 of it (as a key's cap, but bands
     * have no frequency row); band hits are checked against the window on xref_article, as they are few.
     */
    static final String CANDIDATES_IN_WINDOW = SHARED_BANDS + """
                select s.article_id, q.idf as part, q.ord
                from unnest(?::text[], ?::float8[]) with ordinality as q(key, idf, ord)
                cross join lateral (
                    select article_id from article_signal
                    where key = q.key and published_at between ? and ?
                  union all
                    select article_id from article_signal
                    where key = q.key and published_at is null) s
              union all
                select f.article_id, 1.0, f.ord from bands f join xref_article x on x.article_id = f.article_id
                where x.published_at is null or x.published_at between ? and ?
            )
            """ + SUM_SHARED_RARITY;

    /** The same for a query without a publication time: the window does not apply. */
    static final String CANDIDATES_ANY_TIME = SHARED_BANDS + """
                select s.article_id, q.idf as part, q.ord
                from unnest(?::text[], ?::float8[]) with ordinality as q(key, idf, ord)
                join article_signal s on s.key = q.key
              union all
                select f.article_id, 1.0, f.ord from bands f
            )
            """ + SUM_SHARED_RARITY;
}
