package org.newsgraph.xref;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.CandidateIndex;
import org.newsgraph.analysis.xref.InMemoryCandidateIndex;
import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.Relation;
import org.newsgraph.analysis.xref.XrefConfig;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.analysis.xref.XrefLinker;
import org.newsgraph.analysis.xref.XrefScorer;

/**
 * {@link CandidateIndex} over the tables of V3__xref.sql and V4__xref_postings_by_time.sql, on one connection
 * inside the caller's transaction. Same contract, cost bounds and candidates as {@link InMemoryCandidateIndex}:
 * only the query's rarest keys that some article shares are looked up, keys posted by more than
 * {@link IndexConfig#maxPostingsPerKey()} articles are skipped (known from signal_frequency, without reading
 * their postings), only postings inside the time window are read (one index range per key), and the best
 * {@link IndexConfig#maxCandidates()} by shared rarity come back, so a lookup never touches the store as a whole.
 * Document frequencies and loaded signals are cached for the life of the instance (one linking step):
 * the scorer asks for the same rarity many times. Not thread-safe.
 */
public final class PgCandidateIndex implements CandidateIndex {
    /** Key of the size cache that marks it loaded (no language has an empty code). */
    private static final String NO_LANGUAGE = "";

    private final Connection connection;
    private final IndexConfig config;
    private final Map<String, Integer> frequencyCache = new HashMap<>();
    private final Map<String, Integer> sizeCache = new HashMap<>();
    private final Map<String, ArticleSignals> signalCache = new HashMap<>();
    private int lastCandidateCount;

    public PgCandidateIndex(Connection connection, IndexConfig config) {
        this.connection = connection;
        this.config = config;
    }

    @Override
    public void add(ArticleSignals s) {
        long id = Long.parseLong(s.articleId());
        try {
            Map<String, Double> keys = s.weightedKeys();
            List<String> sorted = new ArrayList<>(new TreeSet<>(keys.keySet()));
            Array keyArray = connection.createArrayOf("text", sorted.toArray());
            Array weightArray = connection.createArrayOf("float8", sorted.stream().map(keys::get).toArray());
            Array surfaceArray = connection.createArrayOf("text", sorted.stream().map(k -> surfaceOf(s, k)).toArray());
            Timestamp published = s.published() == null ? null : Timestamp.from(s.published());
            try (PreparedStatement st = connection.prepareStatement("""
                    insert into xref_article (article_id, language, script, published_at, title, content_hash,
                                              fingerprint, method_version, signal_keys, signal_weights, signal_surfaces)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (article_id) do nothing""")) {
                st.setLong(1, id);
                st.setString(2, s.language());
                st.setString(3, s.script());
                st.setTimestamp(4, published);
                st.setString(5, s.title());
                st.setString(6, s.contentHash());
                st.setLong(7, s.fingerprint());
                st.setString(8, XrefConfig.METHOD_VERSION);
                st.setArray(9, keyArray);
                st.setArray(10, weightArray);
                st.setArray(11, surfaceArray);
                if (st.executeUpdate() == 0) {
                    return; // already indexed: adding is idempotent, as in memory
                }
            }
            // The postings: one statement for all keys (arrays, not a batch of rows).
            try (PreparedStatement st = connection.prepareStatement("""
                    insert into article_signal (article_id, key, weight, surface, published_at)
                    select ?, k.key, k.weight, k.surface, ? from unnest(?::text[], ?::float8[], ?::text[]) as k(key, weight, surface)""")) {
                st.setLong(1, id);
                st.setTimestamp(2, published);
                st.setArray(3, keyArray);
                st.setArray(4, weightArray);
                st.setArray(5, surfaceArray);
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement("""
                    insert into article_fingerprint_band (article_id, band, value)
                    select ?, b.ord - 1, b.value from unnest(?::int[]) with ordinality as b(value, ord)""")) {
                st.setLong(1, id);
                st.setArray(2, connection.createArrayOf("int4", bands(s.fingerprint())));
                st.executeUpdate();
            }
            // Keys in sorted order, so concurrent writers lock frequency rows in one order (no deadlock).
            try (PreparedStatement st = connection.prepareStatement("""
                    insert into signal_frequency (language, key, articles)
                    select ?, k, 1 from unnest(?::text[]) as k order by k
                    on conflict (language, key) do update set articles = signal_frequency.articles + 1""")) {
                st.setString(1, s.language());
                st.setArray(2, connection.createArrayOf("text", sorted.toArray()));
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement("""
                    insert into signal_language_size (language, articles) values (?, 1)
                    on conflict (language) do update set articles = signal_language_size.articles + 1""")) {
                st.setString(1, s.language());
                st.executeUpdate();
            }
            frequencyCache.clear();
            sizeCache.clear();
        } catch (SQLException e) {
            throw new XrefStoreException("Indexing article " + id + " failed", e);
        }
    }

    @Override
    public void remove(String articleId) {
        long id = Long.parseLong(articleId);
        try {
            String language = null;
            try (PreparedStatement st = connection.prepareStatement(
                    "select language from xref_article where article_id = ? for update")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        language = rs.getString(1);
                    }
                }
            }
            if (language == null) {
                return;
            }
            Set<String> keys = new TreeSet<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "delete from article_signal where article_id = ? returning key")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement st = connection.prepareStatement("delete from xref_article where article_id = ?")) {
                st.setLong(1, id);
                st.executeUpdate();
            }
            decrement(language, keys);
            signalCache.remove(articleId);
            frequencyCache.clear();
            sizeCache.clear();
        } catch (SQLException e) {
            throw new XrefStoreException("Removing article " + id + " from the index failed", e);
        }
    }

    private void decrement(String language, Set<String> keys) throws SQLException {
        // Delete the keys this article was the last to carry before decrementing the rest, or a count
        // lowered from 2 to 1 would be deleted too.
        try (PreparedStatement st = connection.prepareStatement("""
                delete from signal_frequency where language = ? and key = any(?::text[]) and articles = 1""")) {
            st.setString(1, language);
            st.setArray(2, connection.createArrayOf("text", keys.toArray()));
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("""
                update signal_frequency f set articles = f.articles - 1
                from (select k from unnest(?::text[]) as k order by k) as q
                where f.language = ? and f.key = q.k and f.articles > 1""")) {
            st.setArray(1, connection.createArrayOf("text", keys.toArray()));
            st.setString(2, language);
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(
                "update signal_language_size set articles = greatest(articles - 1, 0) where language = ?")) {
            st.setString(1, language);
            st.executeUpdate();
        }
    }

    @Override
    public ArticleSignals get(String articleId) {
        ArticleSignals cached = signalCache.get(articleId);
        if (cached != null) {
            return cached;
        }
        Map<String, ArticleSignals> loaded = load(List.of(Long.parseLong(articleId)));
        return loaded.get(articleId);
    }

    /** Loads the signals of several indexed articles in one query (absent ids are left out). */
    public Map<String, ArticleSignals> load(Collection<Long> ids) {
        Map<String, ArticleSignals> out = new LinkedHashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            ArticleSignals cached = signalCache.get(Long.toString(id));
            if (cached != null) {
                out.put(cached.articleId(), cached);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        try (PreparedStatement st = connection.prepareStatement("""
                select article_id, language, script, published_at, title, content_hash, fingerprint,
                       signal_keys, signal_weights, signal_surfaces
                from xref_article where article_id = any(?)""")) {
            st.setArray(1, longArray(missing));
            Map<Long, ArticleSignals> loaded = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp published = rs.getTimestamp(4);
                    Builder b = new Builder(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            published == null ? null : published.toInstant(), rs.getString(5), rs.getString(6),
                            rs.getLong(7));
                    String[] keys = (String[]) rs.getArray(8).getArray();
                    Double[] weights = (Double[]) rs.getArray(9).getArray();
                    String[] surfaces = (String[]) rs.getArray(10).getArray();
                    for (int i = 0; i < keys.length; i++) {
                        b.put(keys[i], weights[i], surfaces[i]);
                    }
                    ArticleSignals s = b.build();
                    signalCache.put(s.articleId(), s);
                    loaded.put(rs.getLong(1), s);
                }
            }
            for (Long id : ids) {
                ArticleSignals s = loaded.get(id);
                if (s != null) {
                    out.put(s.articleId(), s);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new XrefStoreException("Loading article signals failed", e);
        }
    }

    @Override
    public int documentFrequency(String language, String key) {
        Integer cached = frequencyCache.get(language + '\u0000' + key);
        if (cached != null) {
            return cached;
        }
        prefetchFrequencies(language, List.of(key));
        return frequencyCache.getOrDefault(language + '\u0000' + key, 0);
    }

    /** Loads the frequencies of many keys of one language in one query, so scoring does not ask per key. */
    public void prefetchFrequencies(String language, Collection<String> keys) {
        prefetchFrequencies(Map.of(language, keys));
    }

    /** Loads the frequencies of many keys of several languages (language to keys) in one query. */
    public void prefetchFrequencies(Map<String, ? extends Collection<String>> keysByLanguage) {
        // One branch per language, each an index scan over its sorted keys (joining (language, key) pairs
        // probed the index once per pair instead: measured over twice as slow).
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        keysByLanguage.forEach((language, wanted) -> {
            for (String k : wanted) {
                if (frequencyCache.putIfAbsent(language + '\u0000' + k, 0) == null) {
                    byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(k);
                }
            }
        });
        if (byLanguage.isEmpty()) {
            return;
        }
        String sql = String.join("\nunion all\n", Collections.nCopies(byLanguage.size(),
                "select language, key, articles from signal_frequency where language = ? and key = any(?::text[])"));
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int i = 1;
            for (Map.Entry<String, List<String>> e : byLanguage.entrySet()) {
                st.setString(i++, e.getKey());
                st.setArray(i++, connection.createArrayOf("text", e.getValue().toArray()));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    frequencyCache.put(rs.getString(1) + '\u0000' + rs.getString(2), rs.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new XrefStoreException("Reading signal frequencies failed", e);
        }
    }

    @Override
    public int size(String language) {
        if (sizeCache.isEmpty()) {
            // One row per language: read them all at once, as scoring asks for each candidate's language.
            try (PreparedStatement st = connection.prepareStatement("select language, articles from signal_language_size");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sizeCache.put(rs.getString(1), rs.getInt(2));
                }
                sizeCache.put(NO_LANGUAGE, 0); // marks the cache as loaded
            } catch (SQLException e) {
                throw new XrefStoreException("Reading index size failed", e);
            }
        }
        return sizeCache.getOrDefault(language, 0);
    }

    /**
     * Candidates, their stored signals, rarity and scores: the scoring part of one linking step, in a fixed
     * number of queries (lookup keys, language sizes, candidates, two for signals, one for all frequencies).
     * Returns the links above NONE, best first, as {@link XrefLinker#link} does in memory.
     */
    public List<XrefLink> scoreCandidates(ArticleSignals query, XrefScorer scorer) {
        List<String> candidates = candidates(query);
        lastCandidateCount = candidates.size();
        Map<String, ArticleSignals> loaded = load(candidates.stream().map(Long::parseLong).toList());
        Map<String, Set<String>> keysByLanguage = new HashMap<>();
        keysByLanguage.computeIfAbsent(query.language(), l -> new HashSet<>()).addAll(query.weightedKeys().keySet());
        loaded.values().forEach(s -> keysByLanguage.computeIfAbsent(s.language(), l -> new HashSet<>())
                .addAll(s.weightedKeys().keySet()));
        prefetchFrequencies(keysByLanguage);
        List<XrefLink> links = new ArrayList<>();
        for (String id : candidates) {
            ArticleSignals other = loaded.get(id);
            if (other == null) {
                continue;
            }
            XrefLink link = scorer.score(query, other, this);
            if (link.relation() != Relation.NONE) {
                links.add(link);
            }
        }
        links.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        return links;
    }

    /** Candidates found by the last {@link #scoreCandidates} call (for benchmarks). */
    public int lastCandidateCount() {
        return lastCandidateCount;
    }

    /** Fingerprint bands shared with the query, each within the cap; opens the hits CTE the lookups fill. */
    private static final String SHARED_BANDS = """
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
    private static final String SUM_SHARED_RARITY = """
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
    private static final String CANDIDATES_IN_WINDOW = SHARED_BANDS + """
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
    private static final String CANDIDATES_ANY_TIME = SHARED_BANDS + """
                select s.article_id, q.idf as part, q.ord
                from unnest(?::text[], ?::float8[]) with ordinality as q(key, idf, ord)
                join article_signal s on s.key = q.key
              union all
                select f.article_id, 1.0, f.ord from bands f
            )
            """ + SUM_SHARED_RARITY;

    @Override
    public List<String> candidates(ArticleSignals query) {
        try {
            List<String> keys = lookupKeys(query);
            boolean windowed = query.published() != null;
            try (PreparedStatement st = connection.prepareStatement(windowed ? CANDIDATES_IN_WINDOW : CANDIDATES_ANY_TIME)) {
                int i = 1;
                st.setArray(i++, connection.createArrayOf("int4", bands(query.fingerprint())));
                st.setInt(i++, config.maxPostingsPerKey() + 1);
                st.setInt(i++, config.maxPostingsPerKey());
                st.setArray(i++, connection.createArrayOf("text", keys.toArray()));
                st.setArray(i++, connection.createArrayOf("float8",
                        keys.stream().map(k -> idf(query.language(), k)).toArray()));
                if (windowed) {
                    Timestamp earliest = Timestamp.from(query.published().minus(config.timeWindow()));
                    Timestamp latest = Timestamp.from(query.published().plus(config.timeWindow()));
                    for (int repeat = 0; repeat < 2; repeat++) {
                        st.setTimestamp(i++, earliest);
                        st.setTimestamp(i++, latest);
                    }
                }
                st.setLong(i++, idOrMinusOne(query.articleId()));
                st.setInt(i, config.maxCandidates());
                List<String> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(Long.toString(rs.getLong(1)));
                    }
                }
                return out;
            }
        } catch (SQLException e) {
            throw new XrefStoreException("Candidate lookup failed", e);
        }
    }

    /**
     * The query keys worth looking up, as in memory: posted by at least one and at most the cap of
     * articles (summed over languages: the posting-list length, read from signal_frequency, never by
     * reading the list), heaviest by weight x rarity first. The same query reads the keys' frequencies in
     * the query's language, which rarity needs.
     */
    List<String> lookupKeys(ArticleSignals query) throws SQLException {
        Map<String, Double> weighted = query.weightedKeys();
        if (weighted.isEmpty()) {
            return List.of();
        }
        String language = query.language();
        Map<String, Integer> postings = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("""
                select key, sum(articles), coalesce(sum(articles) filter (where language = ?), 0)
                from signal_frequency where key = any(?::text[]) group by key""")) {
            st.setString(1, language);
            st.setArray(2, connection.createArrayOf("text", weighted.keySet().toArray()));
            for (String k : weighted.keySet()) {
                frequencyCache.put(language + '\u0000' + k, 0);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    postings.put(rs.getString(1), rs.getInt(2));
                    frequencyCache.put(language + '\u0000' + rs.getString(1), rs.getInt(3));
                }
            }
        }
        return weighted.entrySet().stream()
                .filter(e -> {
                    int n = postings.getOrDefault(e.getKey(), 0);
                    return n > 0 && n <= config.maxPostingsPerKey();
                })
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * idf(language, e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(config.lookupKeys())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static long idOrMinusOne(String articleId) {
        try {
            return Long.parseLong(articleId);
        } catch (NumberFormatException e) {
            return -1; // a text that is not stored (POST /analyze) has no id to exclude
        }
    }

    static int bandValue(long fingerprint, int band) {
        int bits = 64 / ArticleSignals.FINGERPRINT_BANDS;
        return (int) ((fingerprint >>> (band * bits)) & ((1L << bits) - 1));
    }

    private static Integer[] bands(long fingerprint) {
        Integer[] bands = new Integer[ArticleSignals.FINGERPRINT_BANDS];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = bandValue(fingerprint, b);
        }
        return bands;
    }

    private Array longArray(Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("int8", ids.toArray());
    }

    private static String surfaceOf(ArticleSignals s, String key) {
        if (key.startsWith(ArticleSignals.ENTITY)) {
            return s.entityNames().get(key.substring(ArticleSignals.ENTITY.length()));
        }
        if (key.startsWith(ArticleSignals.WORD)) {
            return s.wordSurfaces().get(key.substring(ArticleSignals.WORD.length()));
        }
        return null;
    }

    /** Reassembles stored rows into signals. */
    private static final class Builder {
        final String id, language, script, title, contentHash;
        final java.time.Instant published;
        final long fingerprint;
        final Map<String, Double> entities = new HashMap<>();
        final Map<String, String> entityNames = new HashMap<>();
        final Set<LocalDate> dates = new HashSet<>();
        final Set<String> numbers = new HashSet<>();
        final Map<String, Double> words = new HashMap<>();
        final Map<String, String> wordSurfaces = new HashMap<>();

        Builder(String id, String language, String script, java.time.Instant published, String title,
                String contentHash, long fingerprint) {
            this.id = id;
            this.language = language;
            this.script = script;
            this.published = published;
            this.title = title;
            this.contentHash = contentHash;
            this.fingerprint = fingerprint;
        }

        void put(String key, double weight, String surface) {
            if (key.startsWith(ArticleSignals.ENTITY)) {
                String k = key.substring(ArticleSignals.ENTITY.length());
                entities.put(k, weight);
                if (surface != null) {
                    entityNames.put(k, surface);
                }
            } else if (key.startsWith(ArticleSignals.DATE)) {
                dates.add(LocalDate.parse(key.substring(ArticleSignals.DATE.length())));
            } else if (key.startsWith(ArticleSignals.NUMBER)) {
                numbers.add(key.substring(ArticleSignals.NUMBER.length()));
            } else if (key.startsWith(ArticleSignals.WORD)) {
                String k = key.substring(ArticleSignals.WORD.length());
                words.put(k, weight);
                if (surface != null) {
                    wordSurfaces.put(k, surface);
                }
            }
        }

        ArticleSignals build() {
            return new ArticleSignals(id, language, script, published, title, contentHash, entities, entityNames,
                    dates, numbers, words, wordSurfaces, fingerprint);
        }
    }
}
