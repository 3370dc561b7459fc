package org.newsgraph.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;
import org.newsgraph.config.NewsgraphConfig;

/**
 * Keeps PostgreSQL's planner statistics current while the store grows. Autovacuum analyzes a table once a tenth
 * of it has changed, looking once a minute, and never where it is turned off; a bulk import into a young store
 * outruns that, and the planner goes on planning for the nearly empty tables it last saw: the alias lookup each
 * article makes then walks thousands of rows, more with every article. So every interval this analyzes the tables
 * whose rows changed since their last analyze by more than {@code min-changes + fraction × the rows they had
 * then} (autovacuum's rule; the defaults, a thousand rows and half again, leave steady changes to autovacuum and
 * catch growth: about 15 analyzes of a table on its way from empty to a million rows). One instance at a time (a
 * session-level advisory try-lock; the others skip the round). An analyze by autovacuum resets the same counters,
 * so the two never repeat each other.
 */
@ApplicationScoped
public class PlannerStatistics {
    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);
    /** The advisory lock that lets one instance analyze at a time (arbitrary, fixed). */
    static final long ANALYZE_LOCK = 0x6E67_616E_6C7AL;

    private final OutageLog outage = new OutageLog(LOG, "Planner statistics");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    NewsgraphConfig config;

    @Scheduled(every = "${newsgraph.statistics.interval:10s}", delayed = "${newsgraph.statistics.interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (!config.statistics().enabled()) {
            return;
        }
        try {
            List<String> analyzed = analyzeDue();
            outage.available();
            if (!analyzed.isEmpty()) {
                LOG.debugf("Analyzed %s", analyzed);
            }
        } catch (RuntimeException e) {
            if (!outage.unavailable(e)) {
                LOG.warn("Refreshing planner statistics failed; retried at the next round", e);
            }
        }
    }

    /**
     * Analyzes the tables of the current schema that are due, each in a transaction of its own (so one that
     * fails keeps the others' statistics), skipping a table another session holds (autovacuum, a migration);
     * returns the names of those analyzed: none when another instance is at it.
     */
    List<String> analyzeDue() {
        NewsgraphConfig.Statistics settings = config.statistics();
        long minChanges = Math.max(0, settings.minChanges());
        double fraction = Math.max(0, settings.fraction());
        return Jdbc.work(dataSource, e -> new IllegalStateException("Planner statistics: " + e.getMessage(), e), c -> {
            if (!advisoryLock(c, "pg_try_advisory_lock")) {
                return List.of();
            }
            try {
                List<String> analyzed = new ArrayList<>();
                for (Table table : due(c, minChanges, fraction)) {
                    if (analyze(c, table.qualified())) {
                        analyzed.add(table.name());
                    }
                }
                return analyzed;
            } finally {
                advisoryLock(c, "pg_advisory_unlock");
            }
        });
    }

    private record Table(String name, String qualified) {}

    /** Calls a session-level advisory lock function (the connection is in autocommit: a lock outlives statements). */
    private static boolean advisoryLock(Connection c, String function) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select " + function + "(?)")) {
            st.setLong(1, ANALYZE_LOCK);
            try (ResultSet r = st.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /** True when analyzed; PostgreSQL only warns when it skips a table (locked, or not this user's). */
    private static boolean analyze(Connection c, String qualifiedTable) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("analyze (skip_locked) " + qualifiedTable);
            return st.getWarnings() == null;
        }
    }

    private static List<Table> due(Connection c, long minChanges, double fraction) throws SQLException {
        List<Table> due = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                select s.relname, format('%I.%I', s.schemaname, s.relname)
                from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                where s.schemaname = current_schema() and s.n_mod_since_analyze > ? + ? * greatest(c.reltuples, 0)
                order by s.n_mod_since_analyze desc""")) {
            st.setLong(1, minChanges);
            st.setDouble(2, fraction);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    due.add(new Table(r.getString(1), r.getString(2)));
                }
            }
        }
        return due;
    }
}
