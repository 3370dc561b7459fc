package org.newsgraph.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.InMemoryCandidateIndex;
import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.analysis.xref.XrefScorer;
import org.newsgraph.db.EmbeddedDatabase;
import org.newsgraph.db.PostgresTestResource;

/**
 * The service's index over PostgreSQL returns exactly what the in-memory one does for the same articles:
 * same candidates in the same order, same frequencies, also after removals. Small bounds (window, looked-up
 * keys, posting cap, candidates) make every bound decide something here: some keys and fingerprint bands are
 * posted by more articles than the cap, queries have more matches than are returned, some articles and
 * queries have no time.
 */
class PgCandidateIndexTest {
    private static final IndexConfig CONFIG = new IndexConfig(Duration.ofDays(2), 6, 15, 10);
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final List<String> LANGUAGES = List.of("en", "fa");

    private static Path directory;
    private static EmbeddedDatabase database;
    private static Connection connection;

    @BeforeAll
    static void start() throws Exception {
        directory = Files.createTempDirectory("newsgraph-xref-index-test");
        database = EmbeddedDatabase.start(directory, true, PostgresTestResource.FAST_UNDURABLE);
        Flyway.configure().dataSource(database.jdbcUrl(), "postgres", "").load().migrate();
        connection = DriverManager.getConnection(database.jdbcUrl());
        connection.setAutoCommit(false);
    }

    @AfterEach
    void rollback() throws SQLException {
        connection.rollback();
    }

    @AfterAll
    static void stop() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void sameCandidatesAsInMemoryIncludingAfterRemovals() throws SQLException {
        Random random = new Random(11);
        InMemoryCandidateIndex memory = new InMemoryCandidateIndex(CONFIG);
        PgCandidateIndex pg = new PgCandidateIndex(connection, CONFIG);
        List<ArticleSignals> stored = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ArticleSignals s = article(Long.toString(newArticleId(i)), random);
            stored.add(s);
            memory.add(s);
            pg.add(s);
        }
        List<ArticleSignals> queries = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            queries.add(article("query" + q, random));
        }
        for (int q = 0; q < 20; q++) {
            queries.add(stored.get(random.nextInt(stored.size()))); // a stored article never finds itself
        }

        Stats before = compare(memory, queries, stored);
        assertTrue(before.full > 0, "some queries have more matches than are returned");
        assertTrue(before.empty < queries.size(), "most queries find something");
        assertTrue(before.windowed > 0, "the window excludes some articles sharing keys");
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG), stored);

        for (int i = 0; i < stored.size(); i += 3) {
            memory.remove(stored.get(i).articleId());
            new PgCandidateIndex(connection, CONFIG).remove(stored.get(i).articleId());
        }
        compare(memory, queries, stored);
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG), stored);
    }

    /**
     * Frequencies kept by {@link SignalFrequencies} (counted after each step, stored in batches) read the same
     * as exact ones: before a flush from the counts not stored yet, after it from the stored rows (also when
     * another instance reads them), also after removals; and the candidates are the same as in memory.
     */
    @Test
    void batchedFrequenciesReadAsExactOnes() throws SQLException {
        Random random = new Random(23);
        InMemoryCandidateIndex memory = new InMemoryCandidateIndex(CONFIG);
        SignalFrequencies shared = new SignalFrequencies(10_000, Duration.ofMinutes(5));
        List<ArticleSignals> stored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ArticleSignals s = article(Long.toString(newArticleId(20_000 + i)), random);
            stored.add(s);
            memory.add(s);
            PgCandidateIndex step = new PgCandidateIndex(connection, CONFIG, shared);
            step.add(s);
            shared.add(step.deferredCounts()); // as after the step's commit
            if (i == 100) {
                assertEquals(0L, countRows("signal_language_size"), "nothing stored before the first flush");
                assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG, shared), stored.subList(0, 100));
                shared.flush(connection);
            }
        }
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG, shared), stored);
        List<ArticleSignals> queries = new ArrayList<>();
        for (int q = 0; q < 30; q++) {
            queries.add(article("query" + q, random));
        }
        for (ArticleSignals query : queries) {
            assertEquals(memory.candidates(query), new PgCandidateIndex(connection, CONFIG, shared).candidates(query),
                    "candidates of " + query.articleId() + " with counts not stored yet");
        }
        shared.flush(connection);
        assertFalse(shared.hasPending());
        // Another instance: nothing pending, nothing cached, reads the stored rows.
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG, new SignalFrequencies(10, Duration.ofMinutes(5))), stored);

        for (int i = 0; i < stored.size(); i += 4) {
            memory.remove(stored.get(i).articleId());
            PgCandidateIndex step = new PgCandidateIndex(connection, CONFIG, shared);
            step.remove(stored.get(i).articleId());
            shared.add(step.deferredCounts());
        }
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG, shared), stored);
        shared.flush(connection);
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG, shared), stored);
        assertFrequencies(memory, new PgCandidateIndex(connection, CONFIG, new SignalFrequencies(10, Duration.ofMinutes(5))), stored);
        assertEquals(0, countRows("signal_frequency where articles <= 0"), "no row at zero");
    }

    private static long countRows(String tableAndCondition) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select count(*) from " + tableAndCondition);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void storedSignalsComeBackAsIndexed() throws SQLException {
        Random random = new Random(5);
        PgCandidateIndex pg = new PgCandidateIndex(connection, CONFIG);
        ArticleSignals s = article(Long.toString(newArticleId(9_999)), random);
        pg.add(s);
        pg.add(s); // idempotent
        ArticleSignals back = new PgCandidateIndex(connection, CONFIG).get(s.articleId());
        assertEquals(s.weightedKeys(), back.weightedKeys());
        assertEquals(s.published(), back.published());
        assertEquals(s.fingerprint(), back.fingerprint());
        assertEquals(s.wordSurfaces(), back.wordSurfaces());
    }

    @Test
    void sharedSignalsAreReusedOnlyForTheRowVersionTheyWereParsedFrom() throws SQLException {
        Random random = new Random(8);
        StoredSignalCache shared = new StoredSignalCache(10_000);
        long id = newArticleId(9_998);
        ArticleSignals first = article(Long.toString(id), random);
        long other = newArticleId(9_997);
        new PgCandidateIndex(connection, CONFIG).add(first);
        new PgCandidateIndex(connection, CONFIG).add(article(Long.toString(other), random));

        ArticleSignals loaded = new PgCandidateIndex(connection, CONFIG, null, shared).load(List.of(id, other))
                .get(Long.toString(id));
        assertEquals(first.weightedKeys(), loaded.weightedKeys());
        assertSame(loaded, new PgCandidateIndex(connection, CONFIG, null, shared).load(List.of(id)).get(Long.toString(id)),
                "an unchanged row is not parsed again");

        // Relinked with other signals by a step that does not share this cache (as another instance would).
        ArticleSignals second = article(Long.toString(id), random);
        assertNotEquals(first.weightedKeys(), second.weightedKeys());
        PgCandidateIndex elsewhere = new PgCandidateIndex(connection, CONFIG);
        elsewhere.remove(Long.toString(id));
        elsewhere.add(second);
        Map<String, ArticleSignals> again = new PgCandidateIndex(connection, CONFIG, null, shared).load(List.of(other, id));
        assertEquals(second.weightedKeys(), again.get(Long.toString(id)).weightedKeys(), "the rewritten row, not the cached one");
        assertEquals(second.wordSurfaces(), again.get(Long.toString(id)).wordSurfaces());
        assertEquals(List.of(Long.toString(other), Long.toString(id)), List.copyOf(again.keySet()), "in the order asked");

        new PgCandidateIndex(connection, CONFIG).remove(Long.toString(id));
        assertFalse(new PgCandidateIndex(connection, CONFIG, null, shared).load(List.of(id)).containsKey(Long.toString(id)),
                "a removed article is not served from the cache");
    }

    @Test
    void scoresWithSharedSignalsAreTheSameAsWithout() throws SQLException {
        Random random = new Random(31);
        SignalFrequencies frequencies = new SignalFrequencies(10_000, Duration.ofMinutes(5));
        StoredSignalCache shared = new StoredSignalCache(100_000);
        for (int i = 0; i < 150; i++) {
            PgCandidateIndex step = new PgCandidateIndex(connection, CONFIG, frequencies, shared);
            step.add(article(Long.toString(newArticleId(30_000 + i)), random));
            frequencies.add(step.deferredCounts());
        }
        XrefScorer scorer = new XrefScorer();
        int linked = 0;
        for (int q = 0; q < 40; q++) {
            ArticleSignals query = article("query" + q, random);
            List<XrefLink> expected = new PgCandidateIndex(connection, CONFIG, frequencies).scoreCandidates(query, scorer);
            for (int round = 0; round < 2; round++) { // parsing into the cache, then from it
                assertEquals(expected, new PgCandidateIndex(connection, CONFIG, frequencies, shared)
                        .scoreCandidates(query, scorer), "links of " + query.articleId());
            }
            linked += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(linked >= 10, "queries with links: " + linked);
    }

    private record Stats(int full, int empty, int windowed) {}

    private static Stats compare(InMemoryCandidateIndex memory, List<ArticleSignals> queries, List<ArticleSignals> stored) {
        int full = 0;
        int empty = 0;
        int windowed = 0;
        for (ArticleSignals query : queries) {
            List<String> expected = memory.candidates(query);
            List<String> actual = new PgCandidateIndex(connection, CONFIG).candidates(query);
            assertEquals(expected, actual, "candidates of " + query.articleId());
            full += expected.size() == CONFIG.maxCandidates() ? 1 : 0;
            empty += expected.isEmpty() ? 1 : 0;
            if (query.published() != null) {
                windowed += sharesKeyOutsideWindow(memory, query, stored) ? 1 : 0;
            }
        }
        return new Stats(full, empty, windowed);
    }

    /** Whether some indexed article with a time outside the query's window shares a looked-up key. */
    private static boolean sharesKeyOutsideWindow(InMemoryCandidateIndex memory, ArticleSignals query,
                                                  List<ArticleSignals> stored) {
        Set<String> keys = new HashSet<>(memory.lookupKeys(query));
        return stored.stream().map(s -> memory.get(s.articleId())).anyMatch(other -> other != null
                && other.published() != null
                && Duration.between(query.published(), other.published()).abs().compareTo(CONFIG.timeWindow()) > 0
                && other.weightedKeys().keySet().stream().anyMatch(keys::contains));
    }

    private static void assertFrequencies(InMemoryCandidateIndex memory, PgCandidateIndex pg, List<ArticleSignals> all) {
        for (String language : LANGUAGES) {
            assertEquals(memory.size(language), pg.size(language), "size of " + language);
        }
        for (ArticleSignals s : all.subList(0, 40)) {
            for (String key : s.weightedKeys().keySet()) {
                assertEquals(memory.documentFrequency(s.language(), key), pg.documentFrequency(s.language(), key), key);
            }
        }
    }

    /** An article row for the signals to belong to (xref_article references article). */
    private static long newArticleId(int n) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "insert into article (content_hash, title, body) values (?, '', '') returning id")) {
            st.setString(1, "index-test-" + n + "-" + System.nanoTime());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Keys drawn with a skew (a few are in many articles, most in few), a tenth of articles without time,
     * fingerprints from a small set of band values so bands collide, some beyond the cap.
     */
    private static ArticleSignals article(String id, Random random) {
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        Map<String, Double> entities = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Double> words = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        Set<LocalDate> dates = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String key = "Q" + skewed(random, 120);
            entities.put(key, 1.0 + random.nextInt(3) * 0.5);
            names.put(key, "Name " + key);
        }
        for (int i = 0; i < 8; i++) {
            String key = "w" + skewed(random, 400);
            words.put(key, 0.5 + random.nextInt(4) * 0.25);
            surfaces.put(key, "Word" + key);
        }
        dates.add(LocalDate.of(2024, 3, 1).plusDays(random.nextInt(20)));
        numbers.add(Integer.toString(skewed(random, 60)));
        Instant published = random.nextInt(10) == 0 ? null : START.plus(random.nextInt(20 * 24), ChronoUnit.HOURS);
        long fingerprint = 0;
        for (int band = 0; band < ArticleSignals.FINGERPRINT_BANDS; band++) {
            fingerprint |= (long) (skewed(random, 40) * 977 % 65_536) << (16 * band);
        }
        return new ArticleSignals(id, language, "Latn", published, "t", "h" + id, entities, names, dates, numbers,
                words, surfaces, fingerprint);
    }

    /** 0..n-1, small values far more often (about Zipf-like). */
    private static int skewed(Random random, int n) {
        return (int) Math.floor(Math.pow(n, random.nextDouble())) - 1;
    }
}
