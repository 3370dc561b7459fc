package org.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service analyzes a table that changed much since its last analyze, leaves a barely changed one alone, and
 * skips its round while another instance holds the analyze lock. The probe tables have autovacuum turned off, so
 * only the service can have analyzed them.
 */
@QuarkusTest
class PlannerStatisticsTest {
    private static final int POLLS = 60;

    @Inject
    PlannerStatistics statistics;
    @Inject
    DataSource dataSource;

    @Test
    void analyzesTablesThatChangedMuchOnly() throws Exception {
        // Another instance's round holds the lock from before the rows arrive until this instance has tried.
        try (Connection other = dataSource.getConnection(); Connection c = dataSource.getConnection();
             Statement st = c.createStatement()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, PlannerStatistics.ANALYZE_LOCK);
                lock.execute();
            }
            st.execute("create table planner_probe_grown (id int, word text) with (autovacuum_enabled = false)");
            st.execute("create table planner_probe_quiet (id int, word text) with (autovacuum_enabled = false)");
            st.execute("insert into planner_probe_grown select i, 'w' || (i % 97) from generate_series(1, 5000) i");
            st.execute("insert into planner_probe_quiet select i, 'w' from generate_series(1, 10) i");
            assertEquals(-1, estimatedRows(c, "planner_probe_grown"), "a table never analyzed has no estimate");
            // A backend reports its changes to pg_stat_user_tables a moment after they commit (with a later
            // statement of its own, or idle): poll on the same connection.
            for (int poll = 0; poll < POLLS && changedRows(c, "planner_probe_grown") < 5000; poll++) {
                Thread.sleep(500);
            }
            assertEquals(5000, changedRows(c, "planner_probe_grown"));

            assertEquals(List.of(), statistics.analyzeDue(), "another instance holds the lock: this one skips its round");
            assertEquals(-1, estimatedRows(c, "planner_probe_grown"));
            other.rollback();

            // The service's own round (every 10 s) may get there first: either way the table gets analyzed.
            List<String> analyzed = List.of();
            for (int poll = 0; poll < POLLS && !analyzed.contains("planner_probe_grown")
                    && estimatedRows(c, "planner_probe_grown") != 5000; poll++) {
                analyzed = statistics.analyzeDue();
                Thread.sleep(analyzed.isEmpty() ? 200 : 0);
            }
            assertEquals(5000, estimatedRows(c, "planner_probe_grown"), "analyzed: " + analyzed);
            assertTrue(statisticsRows(c, "planner_probe_grown") > 0, "the analyze committed its column statistics");
            assertFalse(statistics.analyzeDue().contains("planner_probe_quiet"));
            assertEquals(-1, estimatedRows(c, "planner_probe_quiet"), "10 new rows are below the threshold");
            assertEquals(0, statisticsRows(c, "planner_probe_quiet"));
        }
    }

    @AfterEach
    void dropProbes() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop table if exists planner_probe_grown, planner_probe_quiet");
        }
    }

    private static long changedRows(Connection c, String table) throws SQLException {
        return single(c, "select n_mod_since_analyze from pg_stat_user_tables where relname = ?", table);
    }

    private static long estimatedRows(Connection c, String table) throws SQLException {
        return single(c, "select reltuples::bigint from pg_class where relname = ?", table);
    }

    private static long statisticsRows(Connection c, String table) throws SQLException {
        return single(c, "select count(*) from pg_stats where schemaname = current_schema() and tablename = ?", table);
    }

    private static long single(Connection c, String sql, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, table);
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
