package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;

import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.db.EmbeddedDatabase;
import org.newsgraph.entity.EntitySearch;
import org.newsgraph.entity.EntitySearchTestSet;
import org.newsgraph.entity.EntitySearchTestSet.Case;
import org.newsgraph.entity.KnowledgeBaseStore;

/**
 * Entity search ({@link EntitySearch}, the service's SQL and ranking) on an embedded PostgreSQL migrated with
 * the service's Flyway scripts and holding every knowledge-base entity (curated file plus CLDR names of
 * {@link EntitySearchTestSet#KB_LANGUAGES}) minus the held-out aliases of {@link EntitySearchTestSet}. Prints,
 * per script and overall, for the development and the test part: precision@1 and recall (expected entity
 * anywhere in the results) of the (query, entity) pairs and the share of no-match queries answered with
 * nothing; then whether the goals (P@1 >= 0.95, no-match >= 0.95) are met. {@code --sweep} first prints the
 * development figures for a range of transliteration thresholds (how the threshold was chosen).
 */
public final class EntitySearchBench {
    public static void main(String[] args) throws Exception {
        KnowledgeBase kb = KnowledgeBase.load(EntitySearchTestSet.KB_LANGUAGES);
        EntitySearchTestSet set = EntitySearchTestSet.generate(kb);
        System.out.printf(Locale.ROOT, "knowledge base: %d entities, %d aliases; queries: %d%n", kb.entityCount(),
                kb.aliasCount(), set.cases.size());
        new TreeMap<>(set.counts()).forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %d%n", k, v));
        Path dir = Files.createTempDirectory("entity-search-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, true)) {
            Flyway.configure().dataSource(db.jdbcUrl(), "postgres", "").load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
                Map<String, Long> ids = KnowledgeBaseStore.write(c, kb, set.heldOut);
                if (List.of(args).contains("--sweep")) {
                    for (double t = 0.80; t < 0.995; t += 0.02) {
                        report(c, set.select(true), ids, t, String.format(Locale.ROOT, "dev @ %.2f", t), false);
                    }
                }
                double t = EntitySearch.TRANSLITERATION_THRESHOLD;
                System.out.printf(Locale.ROOT, "%ntransliteration threshold %.2f%n", t);
                report(c, set.select(true), ids, t, "dev", true);
                boolean met = report(c, set.select(false), ids, t, "test", true);
                System.out.println("goals (test): " + (met ? "MET" : "NOT MET"));
            }
        }
    }

    /** Prints the figures; true when P@1 and no-match accuracy reach 0.95 overall. */
    static boolean report(Connection c, List<Case> cases, Map<String, Long> ids, double threshold, String label,
                          boolean showErrors) throws Exception {
        Map<String, int[]> byScript = new TreeMap<>(); // pairs, top1, anywhere, noMatch, empty
        List<String> errors = new ArrayList<>();
        long nanos = System.nanoTime();
        for (Case k : cases) {
            List<Long> found = EntitySearch.ids(EntitySearch.rank(c, k.query(), null, null, threshold));
            for (String key : List.of(k.script(), "all")) {
                int[] f = byScript.computeIfAbsent(key, x -> new int[5]);
                if (k.noMatch()) {
                    f[3]++;
                    f[4] += found.isEmpty() ? 1 : 0;
                } else {
                    long expected = ids.get(k.expectedId());
                    f[0]++;
                    f[1] += !found.isEmpty() && found.get(0) == expected ? 1 : 0;
                    f[2] += found.contains(expected) ? 1 : 0;
                }
            }
            boolean wrong = k.noMatch() ? !found.isEmpty() : found.isEmpty() || found.get(0) != (long) ids.get(k.expectedId());
            if (wrong) {
                errors.add(String.format("%s %s '%s' expected %s got %s", k.script(), k.type(), k.query(), k.expectedId(),
                        found.stream().limit(3).toList()));
            }
        }
        double ms = (System.nanoTime() - nanos) / 1e6 / Math.max(1, cases.size());
        boolean met = false;
        for (Map.Entry<String, int[]> e : byScript.entrySet()) {
            int[] f = e.getValue();
            double p1 = f[0] == 0 ? Double.NaN : (double) f[1] / f[0];
            double recall = f[0] == 0 ? Double.NaN : (double) f[2] / f[0];
            double empty = f[3] == 0 ? Double.NaN : (double) f[4] / f[3];
            System.out.printf(Locale.ROOT, "%-10s %-4s pairs %4d  P@1 %.3f  recall %.3f  no-match %4d  empty %.3f%n",
                    label, e.getKey(), f[0], p1, recall, f[3], empty);
            if (e.getKey().equals("all")) {
                met = p1 >= 0.95 && empty >= 0.95;
            }
        }
        System.out.printf(Locale.ROOT, "%-10s mean %.1f ms per query%n", label, ms);
        if (showErrors) {
            errors.forEach(err -> System.out.println("  miss " + err));
        }
        return met;
    }
}
