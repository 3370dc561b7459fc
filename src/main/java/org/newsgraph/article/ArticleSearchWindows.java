package org.newsgraph.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.postgresql.PGStatement;

/**
 * Pages of a full-text search, read through windows of ids going down from {@code after}. Neither plain
 * plan is safe: walking the primary key backwards checks each row's search vector, which must be
 * de-TOASTed (tens of microseconds a row), and reads the whole table for a rare word or one absent from
 * recent articles; matching through the GIN index first visits every match, tens of thousands for a
 * common word. A window sized from the planner's estimate of the matches (about {@code 4 * limit} of them)
 * bounds both. In a narrow window (a common word) the primary key is walked backwards, which stops at the
 * page's last match instead of checking every row of the window; a wider one uses bitmap scans only, so the
 * GIN index decides what is visited, never a row-by-row walk over many rows.
 * <p>
 * Each round trip to the database is one JDBC execution, several statements pipelined where they can be: the
 * largest id, the table's size and the estimate together, and each wide window with the planner setting that
 * keeps it to bitmap scans (set for that execution and reset after it, so no transaction is needed).
 */
final class ArticleSearchWindows {
    private ArticleSearchWindows() {}

    /** Fewest ids a search window spans, so a page of a rare word needs few windows. */
    private static final long MIN_SEARCH_WINDOW = 256;
    /** Reads EXPLAIN's JSON: a plain mapper, as it is not the API's JSON. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Widest window of ids walked row by row along the primary key: a few milliseconds of checked search vectors
     * at worst; the page usually ends after {@code limit / share} rows.
     */
    static final long MAX_WALKED_WINDOW = 4096;

    /** How much wider each next window is when the one before held too few matches. */
    private static final long SEARCH_WINDOW_GROWTH = 8;

    /** Ids of a page matching {@code conditions}, newest first; a first window of {@code firstWindow} ids when given. */
    static List<Long> pageIds(Connection c, SqlConditions conditions, Long after, int limit, Long firstWindow)
            throws SQLException {
        long maxId;
        double total;
        double rows = 1.0; // no estimate: the windows start small and grow
        String sizes = "select coalesce(max(id), 0), (select greatest(reltuples, 1)::float8 from pg_class"
                + " where oid = 'article'::regclass) from article";
        try (PreparedStatement st = c.prepareStatement(firstWindow != null ? sizes
                : sizes + "; explain (format json) select 1 from article where " + conditions.sql())) {
            if (firstWindow == null) {
                conditions.bind(st, 1);
            }
            st.execute();
            try (ResultSet rs = st.getResultSet()) {
                rs.next();
                maxId = rs.getLong(1);
                total = rs.getDouble(2);
            }
            if (firstWindow == null && st.getMoreResults()) {
                try (ResultSet rs = st.getResultSet()) {
                    if (rs.next()) {
                        rows = JSON.readTree(rs.getString(1)).path(0).path("Plan").path("Plan Rows").asDouble(1.0);
                    }
                } catch (JsonProcessingException e) {
                    rows = 1.0;
                }
            }
        }
        // A cursor past the largest id (any long can be sent) starts at the largest id.
        long top = Math.min(after != null ? after : Long.MAX_VALUE, maxId + 1);
        long window = firstWindow != null ? firstWindow
                : Math.max(MIN_SEARCH_WINDOW, (long) Math.ceil(4.0 * limit / Math.max(rows / total, 1e-9)));
        String select = "select id from article where " + conditions.sql()
                + " and id >= ? and id < ? order by id desc limit ?";
        // The setting lasts until the end of the execution's transaction: its own in autocommit, else reset after it.
        String bitmapOnly = "select set_config('enable_indexscan', 'off', true); " + select
                + "; select set_config('enable_indexscan', 'on', true)";
        List<Long> ids = new ArrayList<>();
        long upper = top;
        while (ids.size() < limit && upper > 1) {
            long lower = Math.max(0, upper - window);
            boolean walked = window <= MAX_WALKED_WINDOW;
            try (PreparedStatement st = c.prepareStatement(walked ? select : bitmapOnly)) {
                // Planned for its values every time: a generic plan knows neither the word nor the window, and
                // the one PostgreSQL settles on after a few executions reads the whole range of ids through the
                // primary key.
                st.unwrap(PGStatement.class).setPrepareThreshold(0);
                int p = conditions.bind(st, 1);
                st.setLong(p++, lower);
                st.setLong(p++, upper);
                st.setInt(p, limit - ids.size());
                st.execute();
                if (!walked) {
                    st.getMoreResults();
                }
                try (ResultSet rs = st.getResultSet()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            upper = lower;
            window = window > Long.MAX_VALUE / SEARCH_WINDOW_GROWTH ? Long.MAX_VALUE : window * SEARCH_WINDOW_GROWTH;
        }
        return ids;
    }
}
