package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;

import org.newsgraph.db.EmbeddedDatabase;
import org.newsgraph.xref.ArticleSignals;
import org.newsgraph.xref.IndexConfig;
import org.newsgraph.xref.PgCandidateIndex;
import org.newsgraph.xref.XrefScorer;

/**
 * The PostgreSQL candidate index ({@link PgCandidateIndex}, the service's) as the store grows: the same
 * synthetic articles as {@link XrefScaleBench} (unions of real analyzed text units), written through the
 * index into an embedded PostgreSQL migrated with the service's Flyway scripts. Reported per query article
 * (never stored): candidate lookup + loading candidates' signals + rarity + scoring, i.e. the database
 * part of linking one article; and the cost of indexing one article. Sizes default to 1k and 10k;
 * pass others as arguments (e.g. 1000 10000 100000).
 */
public final class XrefPgScaleBench {
    private static final int QUERIES = 100;
    private static final int COMMIT_EVERY = 500;

    public static void main(String[] args) throws Exception {
        int[] targets = args.length == 0 ? new int[] {1_000, 10_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Map<String, List<ArticleSignals>> units = XrefScaleBench.loadUnits();
        System.out.printf(Locale.ROOT, "units analyzed: %s%n", XrefScaleBench.sizes(units));
        Path dir = Files.createTempDirectory("xref-pg-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, true)) {
            Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "").load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                c.setAutoCommit(false);
                run(c, units, targets);
            }
        }
    }

    private static void run(Connection c, Map<String, List<ArticleSignals>> units, int[] targets) throws Exception {
        Random random = new Random(7);
        List<String> languages = new ArrayList<>(units.keySet());
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        XrefScorer scorer = new XrefScorer();
        IndexConfig config = IndexConfig.defaults();
        int made = 0;
        for (int target : targets) {
            long addNanos = 0;
            int added = 0;
            while (made < target) {
                long id;
                try (PreparedStatement st = c.prepareStatement(
                        "insert into article (content_hash, title, body) values (?, '', '') returning id")) {
                    st.setString(1, "bench-" + made);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                ArticleSignals s = XrefScaleBench.compose(Long.toString(id), units, languages, random, start);
                long t0 = System.nanoTime();
                new PgCandidateIndex(c, config).add(s);
                addNanos += System.nanoTime() - t0;
                added++;
                made++;
                if (made % COMMIT_EVERY == 0) {
                    c.commit();
                }
            }
            c.commit();
            try (PreparedStatement st = c.prepareStatement("analyze")) {
                st.execute();
            }
            c.commit();
            long nanos = 0;
            long candidates = 0;
            for (int q = 0; q < QUERIES; q++) {
                ArticleSignals query = XrefScaleBench.compose("q" + q, units, languages, random, start);
                long t0 = System.nanoTime();
                PgCandidateIndex index = new PgCandidateIndex(c, config);
                List<String> found = index.candidates(query);
                Map<String, ArticleSignals> loaded = index.load(found.stream().map(Long::parseLong).toList());
                Map<String, Set<String>> keys = new HashMap<>();
                keys.computeIfAbsent(query.language(), l -> new HashSet<>()).addAll(query.weightedKeys().keySet());
                loaded.values().forEach(s -> keys.computeIfAbsent(s.language(), l -> new HashSet<>()).addAll(s.weightedKeys().keySet()));
                keys.forEach(index::prefetchFrequencies);
                for (ArticleSignals other : loaded.values()) {
                    scorer.score(query, other, index);
                }
                nanos += System.nanoTime() - t0;
                candidates += found.size();
                c.rollback();
            }
            System.out.printf(Locale.ROOT, "%,7d stored: %.2f ms per article (lookup+load+rarity+scoring), candidates "
                    + "mean %.1f; indexing %.2f ms per article (mean over the last %,d added)%n", target,
                    nanos / 1e6 / QUERIES, (double) candidates / QUERIES, addNanos / 1e6 / Math.max(1, added), added);
        }
    }
}
