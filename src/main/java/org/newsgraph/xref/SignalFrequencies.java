package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Document frequencies of signal keys (signal_frequency, signal_language_size) as one instance of the service
 * keeps them: approximately, so that no counter row is written per key per article. Linking steps add their
 * counts here after they commit; {@link #flush} writes the sums of many articles in one multi-row upsert per
 * table (keys in order, so instances flushing at once lock rows in one order). Readers see the stored counts
 * plus this instance's counts not yet flushed; other instances' unflushed counts (one flush interval) and the
 * counts of a crashed instance's last interval are missing, which rarity weights tolerate.
 * Stored counts that linking steps read are cached (bounded, expiring), as a step asks for the keys of every
 * candidate and consecutive steps share most of them. Thread-safe.
 */
public final class SignalFrequencies {
    /** Counts of one article (or its removal) for one language: +1 or -1 per key. */
    public record Delta(String language, Collection<String> keys, int sign) {}

    /**
     * A key of one language, as the maps hold it: looked up with the strings the caller has (whose hashes they
     * keep), not a joined string built and hashed per lookup, as a step asks for thousands. Ordered by
     * language, then key: the order rows are locked in.
     */
    private record LanguageKey(String language, String key) implements Comparable<LanguageKey> {
        private static final Comparator<LanguageKey> ORDER =
                Comparator.comparing(LanguageKey::language).thenComparing(LanguageKey::key);

        @Override
        public int compareTo(LanguageKey other) {
            return ORDER.compare(this, other);
        }
    }

    private final ConcurrentHashMap<LanguageKey, Integer> pendingKeys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> pendingSizes = new ConcurrentHashMap<>();
    /** Per key, the languages it has pending counts in (to sum a key's posting length over languages). */
    private final ConcurrentHashMap<String, Boolean> pendingLanguages = new ConcurrentHashMap<>();
    private final Cache<LanguageKey, Integer> stored;
    private final ReentrantLock flushing = new ReentrantLock();

    public SignalFrequencies(long cachedKeys, Duration cacheFor) {
        this.stored = Caffeine.newBuilder().maximumSize(cachedKeys).expireAfterWrite(cacheFor).build();
    }

    /** Counts of committed linking steps (call after the commit, so a rolled-back step counts nothing). */
    public void add(Collection<Delta> deltas) {
        for (Delta d : deltas) {
            pendingSizes.merge(d.language(), d.sign(), Integer::sum);
            pendingLanguages.put(d.language(), Boolean.TRUE);
            for (String key : d.keys()) {
                pendingKeys.merge(new LanguageKey(d.language(), key), d.sign(), Integer::sum);
            }
        }
    }

    /** This instance's counts of the key in the language that are not stored yet. */
    int pending(String language, String key) {
        return pendingKeys.isEmpty() ? 0 : pendingKeys.getOrDefault(new LanguageKey(language, key), 0);
    }

    /** This instance's unstored counts of the key over all languages. */
    int pendingAllLanguages(String key) {
        int sum = 0;
        for (String language : pendingLanguages.keySet()) {
            sum += pendingKeys.getOrDefault(new LanguageKey(language, key), 0);
        }
        return sum;
    }

    int pendingSize(String language) {
        return pendingSizes.getOrDefault(language, 0);
    }

    /** The stored count last read (null when not cached). */
    Integer stored(String language, String key) {
        return stored.getIfPresent(new LanguageKey(language, key));
    }

    void rememberStored(String language, String key, int articles) {
        stored.put(new LanguageKey(language, key), articles);
    }

    /** Whether counts wait to be stored. */
    public boolean hasPending() {
        return !pendingSizes.isEmpty() || !pendingKeys.isEmpty();
    }

    /**
     * Stores the pending counts in the caller's transaction: one upsert for the keys counted up, and only
     * when articles were removed an update and a delete for those counted down; one statement per table
     * for the language sizes. Runs one flush at a time per instance. Returns the keys written.
     */
    public int flush(Connection c) throws SQLException {
        flushing.lock();
        try {
            Map<LanguageKey, Integer> keys = drain(pendingKeys);
            Map<String, Integer> sizes = drain(pendingSizes);
            pendingLanguages.clear();
            try {
                write(c, keys, sizes);
            } catch (SQLException | RuntimeException e) {
                keys.forEach((k, v) -> pendingKeys.merge(k, v, Integer::sum)); // counted at the next flush
                sizes.forEach((k, v) -> pendingSizes.merge(k, v, Integer::sum));
                sizes.keySet().forEach(l -> pendingLanguages.put(l, Boolean.TRUE));
                throw e;
            }
            // What is stored now is no longer pending: the cached stored counts take it over.
            keys.forEach((k, v) -> stored.asMap().computeIfPresent(k, (key, old) -> Math.max(0, old + v)));
            return keys.size();
        } finally {
            flushing.unlock();
        }
    }

    /** Takes the non-zero entries out of a pending map (sorted: rows are locked in key order). */
    private static <K extends Comparable<K>> TreeMap<K, Integer> drain(ConcurrentHashMap<K, Integer> pending) {
        TreeMap<K, Integer> out = new TreeMap<>();
        for (K k : new ArrayList<>(pending.keySet())) {
            Integer v = pending.remove(k);
            if (v != null && v != 0) {
                out.put(k, v);
            }
        }
        return out;
    }

    private static void write(Connection c, Map<LanguageKey, Integer> keys, Map<String, Integer> sizes) throws SQLException {
        List<String> upLanguages = new ArrayList<>(), upKeys = new ArrayList<>();
        List<Integer> up = new ArrayList<>();
        List<String> downLanguages = new ArrayList<>(), downKeys = new ArrayList<>();
        List<Integer> down = new ArrayList<>();
        keys.forEach((k, v) -> {
            (v > 0 ? upLanguages : downLanguages).add(k.language());
            (v > 0 ? upKeys : downKeys).add(k.key());
            (v > 0 ? up : down).add(v);
        });
        if (!up.isEmpty()) {
            run(c, CandidateQueries.ADD_FREQUENCIES, upLanguages, upKeys, up);
        }
        if (!down.isEmpty()) {
            run(c, CandidateQueries.DELETE_SPENT_FREQUENCIES, downLanguages, downKeys, down);
            run(c, CandidateQueries.SUBTRACT_FREQUENCIES, downLanguages, downKeys, down);
        }
        List<String> grown = new ArrayList<>(), shrunk = new ArrayList<>();
        List<Integer> growth = new ArrayList<>(), shrink = new ArrayList<>();
        sizes.forEach((language, v) -> {
            (v > 0 ? grown : shrunk).add(language);
            (v > 0 ? growth : shrink).add(v);
        });
        if (!grown.isEmpty()) {
            run(c, CandidateQueries.ADD_LANGUAGE_SIZES, grown, growth);
        }
        if (!shrunk.isEmpty()) {
            run(c, CandidateQueries.SUBTRACT_LANGUAGE_SIZES, shrunk, shrink);
        }
    }

    private static void run(Connection c, String sql, List<String> languages, List<Integer> deltas) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("text", languages.toArray()));
            st.setArray(2, c.createArrayOf("int4", deltas.toArray()));
            st.executeUpdate();
        }
    }

    private static void run(Connection c, String sql, List<String> languages, List<String> keys, List<Integer> deltas)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("text", languages.toArray()));
            st.setArray(2, c.createArrayOf("text", keys.toArray()));
            st.setArray(3, c.createArrayOf("int4", deltas.toArray()));
            st.executeUpdate();
        }
    }
}
