package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document frequencies and index sizes behind {@link PgCandidateIndex}'s rarity, on its connection and for
 * the life of one linking step (cached: the scorer asks for the same rarity many times). Counted in the caller's
 * transaction (exact), or, with {@link SignalFrequencies}, handed to the caller as {@link #deferredCounts()} to add
 * after its commit, and read as stored plus the unstored counts (approximate, no counter row written per key per
 * article). Not thread-safe.
 */
final class IndexFrequencies {
    /** Key of the size cache that marks it loaded (no language has an empty code). */
    private static final String NO_LANGUAGE = "";

    private final Connection connection;
    /** Null: counts are written in the caller's transaction. */
    private final SignalFrequencies shared;
    private final List<SignalFrequencies.Delta> deferred = new ArrayList<>();
    /** Frequencies by language, then key (no key string built per lookup). */
    private final Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();

    IndexFrequencies(Connection connection, SignalFrequencies shared) {
        this.connection = connection;
        this.shared = shared;
    }

    List<SignalFrequencies.Delta> deferredCounts() {
        return List.copyOf(deferred);
    }

    /** An article of {@code language} with these keys (sorted) was indexed. */
    void added(String language, List<String> keys) throws SQLException {
        if (shared != null) {
            deferred.add(new SignalFrequencies.Delta(language, keys, 1));
        } else {
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.INCREMENT_FREQUENCIES)) {
                st.setString(1, language);
                st.setArray(2, connection.createArrayOf("text", keys.toArray()));
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.INCREMENT_LANGUAGE_SIZE)) {
                st.setString(1, language);
                st.executeUpdate();
            }
        }
        invalidate();
    }

    /** An article of {@code language} with these keys was taken out of the index. */
    void removed(String language, Set<String> keys) throws SQLException {
        if (shared != null) {
            deferred.add(new SignalFrequencies.Delta(language, List.copyOf(keys), -1));
        } else {
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.DELETE_LAST_FREQUENCIES)) {
                st.setString(1, language);
                st.setArray(2, connection.createArrayOf("text", keys.toArray()));
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.DECREMENT_FREQUENCIES)) {
                st.setArray(1, connection.createArrayOf("text", keys.toArray()));
                st.setString(2, language);
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.DECREMENT_LANGUAGE_SIZE)) {
                st.setString(1, language);
                st.executeUpdate();
            }
        }
        invalidate();
    }

    private void invalidate() {
        byLanguage.clear();
        sizes.clear();
    }

    int documentFrequency(String language, String key) {
        Integer cached = cached(language, key);
        if (cached != null) {
            return cached;
        }
        prefetch(Map.of(language, List.of(key)));
        Integer n = cached(language, key);
        return n == null ? 0 : n;
    }

    /**
     * Loads the frequencies of many keys of several languages (language to keys, repeats allowed) in one query,
     * or none when the shared frequencies have them all cached.
     */
    void prefetch(Map<String, ? extends Collection<String>> keysByLanguage) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        keysByLanguage.forEach((language, wanted) -> {
            Map<String, Integer> known = byLanguage.computeIfAbsent(language, l -> new HashMap<>());
            for (String k : wanted) {
                if (known.containsKey(k)) {
                    continue; // also a key met earlier in this call: callers may pass a key more than once
                }
                Integer stored = shared == null ? null : shared.stored(language, k);
                if (stored != null) {
                    known.put(k, stored + shared.pending(language, k));
                } else {
                    known.put(k, 0);
                    missing.computeIfAbsent(language, l -> new ArrayList<>()).add(k);
                }
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement(CandidateQueries.frequencies(missing.size()))) {
            int i = 1;
            for (Map.Entry<String, List<String>> e : missing.entrySet()) {
                st.setString(i++, e.getKey());
                st.setArray(i++, connection.createArrayOf("text", e.getValue().toArray()));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    put(rs.getString(1), rs.getString(2), rs.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new XrefStoreException("Reading signal frequencies failed", e);
        }
        if (shared != null) {
            missing.forEach((language, keys) -> keys.forEach(k -> withPending(language, k)));
        }
    }

    /**
     * How many articles post each key (summed over languages: the posting-list length, read from
     * signal_frequency, never by reading the list); the same query reads the keys' frequencies in
     * {@code language}, which rarity needs. Keys no article posts are left out.
     */
    Map<String, Integer> postingCounts(String language, Set<String> keys) throws SQLException {
        Map<String, Integer> postings = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(CandidateQueries.KEY_POSTINGS)) {
            st.setString(1, language);
            st.setArray(2, connection.createArrayOf("text", keys.toArray()));
            for (String k : keys) {
                put(language, k, 0);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    postings.put(rs.getString(1), rs.getInt(2));
                    put(language, rs.getString(1), rs.getInt(3));
                }
            }
        }
        if (shared != null) {
            for (String k : keys) {
                withPending(language, k);
                int unstored = shared.pendingAllLanguages(k);
                if (unstored != 0) {
                    postings.merge(k, unstored, Integer::sum);
                }
            }
        }
        return postings;
    }

    int size(String language) {
        if (sizes.isEmpty()) {
            // One row per language: read them all at once, as scoring asks for each candidate's language.
            try (PreparedStatement st = connection.prepareStatement(CandidateQueries.LANGUAGE_SIZES);
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sizes.put(rs.getString(1), rs.getInt(2));
                }
                sizes.put(NO_LANGUAGE, 0); // marks the cache as loaded
            } catch (SQLException e) {
                throw new XrefStoreException("Reading index size failed", e);
            }
        }
        int stored = sizes.getOrDefault(language, 0);
        return shared == null ? stored : Math.max(0, stored + shared.pendingSize(language));
    }

    /** The stored count just read becomes the shared one, and the cached figure adds the unstored counts. */
    private void withPending(String language, String key) {
        int stored = cached(language, key);
        shared.rememberStored(language, key, stored);
        put(language, key, Math.max(0, stored + shared.pending(language, key)));
    }

    private Integer cached(String language, String key) {
        Map<String, Integer> keys = byLanguage.get(language);
        return keys == null ? null : keys.get(key);
    }

    private void put(String language, String key, int articles) {
        byLanguage.computeIfAbsent(language, l -> new HashMap<>()).put(key, articles);
    }
}
