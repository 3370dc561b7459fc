package org.newsgraph.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;

import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.InMemoryCandidateIndex;
import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.XrefScorer;
import org.newsgraph.db.EmbeddedDatabase;
import org.newsgraph.xref.PgCandidateIndex;

/**
 * The PostgreSQL candidate index ({@link PgCandidateIndex}, the service's) as the store grows: the same
 * synthetic articles as {@link XrefScaleBench} (unions of real analyzed text units from ../shared/eval),
 * written through the index's {@code add} into an embedded PostgreSQL migrated with the service's Flyway
 * scripts. Per size it reports, per query article (never stored): the scoring part of linking exactly as
 * the service runs it ({@link PgCandidateIndex#scoreCandidates}: lookup, candidates' signals, rarity,
 * scores), mean and p95, with the candidate lookup alone timed separately; statements (round trips) per
 * scoring step; candidates per query; indexing time per stored article; table sizes; and the candidates'
 * agreement with {@link InMemoryCandidateIndex} holding the same articles. Articles are created in chunks
 * and committed every {@value #COMMIT_EVERY} (the bench's only shortcut; indexing itself is the service's).
 * Sizes default to 1k and 10k (e.g. 1000 10000 100000); add {@code --explain} to print the plans of one
 * query's statements (auto_explain, EXPLAIN ANALYZE with buffers) at each size.
 */
public final class XrefPgScaleBench {
    private static final int QUERIES = 200;
    private static final int COMMIT_EVERY = 1_000;

    public static void main(String[] args) throws Exception {
        boolean explain = Arrays.asList(args).contains("--explain");
        int[] targets = Arrays.stream(args).filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt).toArray();
        if (targets.length == 0) {
            targets = new int[] {1_000, 10_000};
        }
        Map<String, List<ArticleSignals>> units = XrefScaleBench.loadUnits();
        System.out.printf(Locale.ROOT, "units analyzed: %s%n", XrefScaleBench.sizes(units));
        Path dir = Files.createTempDirectory("xref-pg-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, true)) {
            Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "").load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                c.setAutoCommit(false);
                run(c, units, targets, explain);
            }
        }
    }

    private static void run(Connection c, Map<String, List<ArticleSignals>> units, int[] targets, boolean explain)
            throws Exception {
        Random random = new Random(7);
        List<String> languages = new ArrayList<>(units.keySet());
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        XrefScorer scorer = new XrefScorer();
        IndexConfig config = IndexConfig.defaults();
        InMemoryCandidateIndex reference = new InMemoryCandidateIndex(config);
        StatementCounter counter = new StatementCounter();
        Connection counted = counter.wrap(c);
        int made = 0;
        for (int target : targets) {
            long addNanos = 0;
            int added = 0;
            while (made < target) {
                List<Long> ids = newArticles(c, made, Math.min(COMMIT_EVERY, target - made));
                for (long id : ids) {
                    ArticleSignals s = XrefScaleBench.compose(Long.toString(id), units, languages, random, start);
                    long t0 = System.nanoTime();
                    new PgCandidateIndex(c, config).add(s);
                    addNanos += System.nanoTime() - t0;
                    reference.add(s);
                    added++;
                    made++;
                }
                c.commit();
            }
            // As autovacuum would have by now in a service (visibility map for index-only scans, statistics).
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("vacuum analyze");
            }
            c.setAutoCommit(false);

            long[] scoring = new long[QUERIES];
            long[] lookup = new long[QUERIES];
            long candidates = 0;
            long statements = 0;
            long loadNanos = 0;
            long frequencyNanos = 0;
            long scoreNanos = 0;
            int same = 0;
            int sameSet = 0;
            long shared = 0;
            long referenceTotal = 0;
            for (int q = 0; q < QUERIES; q++) {
                ArticleSignals query = XrefScaleBench.compose("q" + q, units, languages, random, start);
                counter.reset();
                long t0 = System.nanoTime();
                PgCandidateIndex index = new PgCandidateIndex(counted, config);
                index.scoreCandidates(query, scorer);
                scoring[q] = System.nanoTime() - t0;
                statements += counter.count();
                candidates += index.lastCandidateCount();
                c.rollback();

                // The same step again in its parts, for where the time goes (not part of the figure above).
                PgCandidateIndex parts = new PgCandidateIndex(c, config);
                long t1 = System.nanoTime();
                List<String> found = parts.candidates(query);
                long t2 = System.nanoTime();
                Map<String, ArticleSignals> loaded = parts.load(found.stream().map(Long::parseLong).toList());
                long t3 = System.nanoTime();
                Map<String, Set<String>> keysByLanguage = new HashMap<>();
                keysByLanguage.computeIfAbsent(query.language(), l -> new HashSet<>()).addAll(query.weightedKeys().keySet());
                loaded.values().forEach(s -> keysByLanguage.computeIfAbsent(s.language(), l -> new HashSet<>())
                        .addAll(s.weightedKeys().keySet()));
                parts.prefetchFrequencies(keysByLanguage);
                long t4 = System.nanoTime();
                for (ArticleSignals other : loaded.values()) {
                    scorer.score(query, other, parts);
                }
                long t5 = System.nanoTime();
                lookup[q] = t2 - t1;
                loadNanos += t3 - t2;
                frequencyNanos += t4 - t3;
                scoreNanos += t5 - t4;
                c.rollback();
                List<String> expected = reference.candidates(query);
                same += found.equals(expected) ? 1 : 0;
                sameSet += new HashSet<>(found).equals(new HashSet<>(expected)) ? 1 : 0;
                Set<String> overlap = new HashSet<>(found);
                overlap.retainAll(expected);
                shared += overlap.size();
                referenceTotal += expected.size();
            }
            System.out.printf(Locale.ROOT, "%,7d stored: scoring step (lookup+signals+rarity+scores) %.2f ms mean, %.2f ms "
                    + "p95 per article; %.1f statements per step; candidates mean %.1f; indexing %.2f ms per article "
                    + "(mean over the %,d added)%n", target, mean(scoring), p95(scoring), (double) statements / QUERIES,
                    (double) candidates / QUERIES, addNanos / 1e6 / Math.max(1, added), added);
            System.out.printf(Locale.ROOT, "         parts: lookup %.2f ms mean (p95 %.2f), candidates' signals %.2f, "
                    + "frequencies %.2f, scoring %.2f%n", mean(lookup), p95(lookup), loadNanos / 1e6 / QUERIES,
                    frequencyNanos / 1e6 / QUERIES, scoreNanos / 1e6 / QUERIES);
            // Order may differ where shared rarities tie up to rounding (sums added in another order).
            System.out.printf(Locale.ROOT, "         candidates vs in-memory index: same set %d/%d, same order %d/%d, "
                    + "recall %.4f%n", sameSet, QUERIES, same, QUERIES,
                    referenceTotal == 0 ? 1.0 : (double) shared / referenceTotal);
            printSizes(c);
            if (explain) {
                explain(c, config, scorer, XrefScaleBench.compose("explain", units, languages, new Random(target), start));
            }
        }
    }

    /** Article rows for the signals to belong to (xref_article references article), in one statement. */
    private static List<Long> newArticles(Connection c, int from, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                insert into article (content_hash, title, body)
                select 'bench-' || n, '', '' from generate_series(?, ?) as n order by n returning id""")) {
            st.setInt(1, from);
            st.setInt(2, from + count - 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private static void printSizes(Connection c) throws Exception {
        try (PreparedStatement st = c.prepareStatement("""
                select c.relname, c.reltuples::bigint, pg_relation_size(c.oid), pg_indexes_size(c.oid)
                from pg_class c where c.relname in ('xref_article', 'article_signal', 'article_fingerprint_band',
                    'signal_frequency', 'signal_language_size') order by c.relname""");
             ResultSet rs = st.executeQuery()) {
            StringBuilder line = new StringBuilder("         tables (rows, table MB + indexes MB):");
            while (rs.next()) {
                line.append(String.format(Locale.ROOT, " %s %,d (%.1f + %.1f)", rs.getString(1), rs.getLong(2),
                        rs.getLong(3) / 1e6, rs.getLong(4) / 1e6));
            }
            System.out.println(line);
        }
        c.rollback();
    }

    /** Plans of every statement of one scoring step and one indexing, through auto_explain notices. */
    private static void explain(Connection c, IndexConfig config, XrefScorer scorer, ArticleSignals query)
            throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("load 'auto_explain'");
            st.execute("set auto_explain.log_min_duration = 0");
            st.execute("set auto_explain.log_analyze = on");
            st.execute("set auto_explain.log_buffers = on");
            st.execute("set auto_explain.log_level = notice");
        }
        StatementCounter printer = new StatementCounter();
        printer.printPlans = true;
        new PgCandidateIndex(printer.wrap(c), config).scoreCandidates(query, scorer);
        c.rollback();
        try (Statement st = c.createStatement()) {
            st.execute("set auto_explain.log_min_duration = -1");
        }
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }

    /** Counts prepared statements (each is executed once: one round trip) and can print their plans. */
    private static final class StatementCounter {
        private int count;
        boolean printPlans;

        void reset() {
            count = 0;
        }

        int count() {
            return count;
        }

        Connection wrap(Connection c) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(c, method, args);
                        if (method.getName().equals("prepareStatement")) {
                            count++;
                            return printPlans ? planPrinting((PreparedStatement) result) : result;
                        }
                        return result;
                    });
        }

        private static PreparedStatement planPrinting(PreparedStatement st) {
            return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
                                System.out.println("  " + w.getMessage().replace("\n", "\n  "));
                            }
                        }
                        return invoke(st, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
