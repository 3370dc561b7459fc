package org.newsgraph.xref;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.CandidateIndex;
import org.newsgraph.analysis.xref.InMemoryCandidateIndex;
import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.XrefConfig;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.analysis.xref.XrefLinker;
import org.newsgraph.analysis.xref.XrefScorer;
import org.newsgraph.db.Jdbc;

/**
 * {@link CandidateIndex} over the tables of V3__xref.sql and V4__xref_postings_by_time.sql, on one connection
 * inside the caller's transaction. Same contract, cost bounds and candidates as {@link InMemoryCandidateIndex}:
 * only the query's rarest keys that some article shares are looked up, keys posted by more than
 * {@link IndexConfig#maxPostingsPerKey()} articles are skipped (known from signal_frequency, without reading
 * their postings), only postings inside the time window are read (one index range per key), and the best
 * {@link IndexConfig#maxCandidates()} by shared rarity come back, so a lookup never touches the store as a whole.
 * Loaded signals are cached for the life of the instance (one linking step), and across steps by a
 * {@link StoredSignalCache} when given one (each row version parsed once); document frequencies and index sizes
 * are {@link IndexFrequencies}'. Not thread-safe.
 */
public final class PgCandidateIndex implements CandidateIndex {
    private final Connection connection;
    private final IndexConfig config;
    private final IndexFrequencies frequencies;
    /** Null: every step parses what it loads. */
    private final StoredSignalCache sharedSignals;
    private final Map<String, ArticleSignals> signalCache = new HashMap<>();
    private int lastCandidateCount;

    /** An index whose frequencies are counted exactly, in the caller's transaction. */
    public PgCandidateIndex(Connection connection, IndexConfig config) {
        this(connection, config, null);
    }

    /** An index whose frequencies are kept by {@code frequencies} (null: exactly, in the transaction). */
    public PgCandidateIndex(Connection connection, IndexConfig config, SignalFrequencies frequencies) {
        this(connection, config, frequencies, null);
    }

    /** The same, reusing the signals {@code sharedSignals} holds of the row versions it reads (null: none). */
    public PgCandidateIndex(Connection connection, IndexConfig config, SignalFrequencies frequencies,
                            StoredSignalCache sharedSignals) {
        this.connection = connection;
        this.config = config;
        this.frequencies = new IndexFrequencies(connection, frequencies);
        this.sharedSignals = sharedSignals;
    }

    /** Counts this index's adds and removals left for the caller to add to the shared frequencies after commit. */
    public List<SignalFrequencies.Delta> deferredCounts() {
        return frequencies.deferredCounts();
    }

    @Override
    public void add(ArticleSignals s) {
        long id = Long.parseLong(s.articleId());
        try {
            Map<String, Double> keys = s.weightedKeys();
            List<String> sorted = new ArrayList<>(new TreeSet<>(keys.keySet()));
            Array keyArray = connection.createArrayOf("text", sorted.toArray());
            Array weightArray = connection.createArrayOf("float8", sorted.stream().map(keys::get).toArray());
            Array surfaceArray = connection.createArrayOf("text", sorted.stream().map(k -> StoredSignals.surfaceOf(s, k))
                    .toArray());
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.INSERT_ARTICLE)) {
                st.setLong(1, id);
                st.setString(2, s.language());
                st.setString(3, s.script());
                Jdbc.setTime(st, 4, s.published());
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
            // Rarity as it stands before this article (cached from its scoring, else one query).
            frequencies.prefetch(Map.of(s.language(), sorted));
            List<String> posted = CandidateIndex.postedKeys(s, this, config);
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.INSERT_POSTINGS)) {
                st.setLong(1, id);
                Jdbc.setTime(st, 2, s.published());
                st.setArray(3, connection.createArrayOf("text", posted.toArray()));
                st.setArray(4, connection.createArrayOf("float8", posted.stream().map(keys::get).toArray()));
                st.setArray(5, connection.createArrayOf("text", posted.stream().map(k -> StoredSignals.surfaceOf(s, k))
                        .toArray()));
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.INSERT_BANDS)) {
                st.setLong(1, id);
                st.setArray(2, connection.createArrayOf("int4", StoredSignals.bands(s.fingerprint())));
                st.executeUpdate();
            }
            frequencies.added(s.language(), sorted);
        } catch (SQLException e) {
            throw new XrefStoreException("Indexing article " + id + " failed", e);
        }
    }

    @Override
    public void remove(String articleId) {
        long id = Long.parseLong(articleId);
        try {
            String language = null;
            // Its keys as stored with its signals: all of them count in the frequencies, posted or not.
            Set<String> keys = new TreeSet<>();
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.LOCK_INDEXED_ARTICLE)) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        language = rs.getString(1);
                        keys.addAll(Arrays.asList((String[]) rs.getArray(2).getArray()));
                    }
                }
            }
            if (language == null) {
                return;
            }
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.DELETE_POSTINGS)) {
                st.setLong(1, id);
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.DELETE_ARTICLE)) {
                st.setLong(1, id);
                st.executeUpdate();
            }
            frequencies.removed(language, keys);
            signalCache.remove(articleId);
            if (sharedSignals != null) {
                sharedSignals.invalidate(id);
            }
        } catch (SQLException e) {
            throw new XrefStoreException("Removing article " + id + " from the index failed", e);
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

    /**
     * Loads the signals of several indexed articles in one query (absent ids are left out); the arrays of
     * those whose row version the shared cache holds are neither read nor parsed.
     */
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
        Map<Long, StoredSignalCache.Entry> held = new HashMap<>();
        if (sharedSignals != null) {
            for (Long id : missing) {
                StoredSignalCache.Entry e = sharedSignals.get(id);
                if (e != null) {
                    held.put(id, e);
                }
            }
        }
        try (PreparedStatement st = connection.prepareStatement(CandidateQueries.LOAD_SIGNALS)) {
            List<Long> heldIds = new ArrayList<>(held.keySet());
            st.setArray(1, longArray(heldIds));
            st.setArray(2, longArray(heldIds.stream().map(id -> held.get(id).version()).toList()));
            st.setArray(3, longArray(missing));
            Map<Long, ArticleSignals> loaded = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long version = rs.getLong(2);
                    ArticleSignals s;
                    if (!rs.getBoolean(3)) {
                        s = held.get(id).signals(); // this very row version was parsed before
                    } else {
                        s = parse(id, rs);
                        if (sharedSignals != null) {
                            sharedSignals.put(id, version, s);
                        }
                    }
                    signalCache.put(s.articleId(), s);
                    loaded.put(id, s);
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

    /** The signals in the current row of {@link CandidateQueries#LOAD_SIGNALS}. */
    private static ArticleSignals parse(long id, ResultSet rs) throws SQLException {
        StoredSignals b = new StoredSignals(Long.toString(id), rs.getString(4), rs.getString(5), Jdbc.instant(rs, 6),
                rs.getString(7), rs.getString(8), rs.getLong(9));
        String[] keys = (String[]) rs.getArray(10).getArray();
        Double[] weights = (Double[]) rs.getArray(11).getArray();
        String[] surfaces = (String[]) rs.getArray(12).getArray();
        for (int i = 0; i < keys.length; i++) {
            b.put(keys[i], weights[i], surfaces[i]);
        }
        return b.build();
    }

    @Override
    public int documentFrequency(String language, String key) {
        return frequencies.documentFrequency(language, key);
    }

    /** Loads the frequencies of many keys of several languages (language to keys) in one query; see {@link IndexFrequencies}. */
    public void prefetchFrequencies(Map<String, ? extends Collection<String>> keysByLanguage) {
        frequencies.prefetch(keysByLanguage);
    }

    @Override
    public int size(String language) {
        return frequencies.size(language);
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
        // Every key of every candidate: the scorer weighs them all (a vector's norm is over its heaviest keys).
        Map<String, List<String>> keysByLanguage = new HashMap<>();
        keysByLanguage.computeIfAbsent(query.language(), l -> new ArrayList<>()).addAll(query.weightedKeys().keySet());
        loaded.values().forEach(s -> keysByLanguage.computeIfAbsent(s.language(), l -> new ArrayList<>())
                .addAll(s.weightedKeys().keySet()));
        prefetchFrequencies(keysByLanguage);
        List<XrefLink> links = new ArrayList<>();
        XrefScorer.Query prepared = scorer.query(query, this);
        for (String id : candidates) {
            ArticleSignals other = loaded.get(id);
            if (other == null) {
                continue;
            }
            scorer.link(prepared, other, this).ifPresent(links::add);
        }
        links.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        return links;
    }

    /** Candidates found by the last {@link #scoreCandidates} call (for benchmarks). */
    public int lastCandidateCount() {
        return lastCandidateCount;
    }

    @Override
    public List<String> candidates(ArticleSignals query) {
        try {
            List<String> keys = lookupKeys(query);
            boolean windowed = query.published() != null;
            String sql = windowed ? CandidateQueries.CANDIDATES_IN_WINDOW : CandidateQueries.CANDIDATES_ANY_TIME;
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                int i = 1;
                st.setArray(i++, connection.createArrayOf("int4", StoredSignals.bands(query.fingerprint())));
                st.setInt(i++, config.maxPostingsPerKey() + 1);
                st.setInt(i++, config.maxPostingsPerKey());
                st.setArray(i++, connection.createArrayOf("text", keys.toArray()));
                st.setArray(i++, connection.createArrayOf("float8",
                        keys.stream().map(k -> idf(query.language(), k)).toArray()));
                if (windowed) {
                    Instant earliest = query.published().minus(config.timeWindow());
                    Instant latest = query.published().plus(config.timeWindow());
                    for (int repeat = 0; repeat < 2; repeat++) {
                        Jdbc.setTime(st, i++, earliest);
                        Jdbc.setTime(st, i++, latest);
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
     * The query keys worth looking up, as in memory: carried by at least one and at most the cap of
     * articles (summed over languages, read from signal_frequency, never from a posting list, which holds only
     * the articles that posted the key), heaviest by weight x rarity first. The same query reads the keys' frequencies in
     * the query's language, which rarity needs.
     */
    List<String> lookupKeys(ArticleSignals query) throws SQLException {
        Map<String, Double> weighted = query.weightedKeys();
        if (weighted.isEmpty()) {
            return List.of();
        }
        String language = query.language();
        Map<String, Integer> postings = frequencies.postingCounts(language, weighted.keySet());
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

    private Array longArray(Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("int8", ids.toArray());
    }
}
