package org.newsgraph.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * Plain JDBC on a connection of the pool: inside a transaction the Agroal pool hands out the connection enlisted in
 * it (the one Hibernate uses too), so the statements commit or roll back with it; outside, a read in autocommit that
 * opens no Hibernate session.
 */
public final class Jdbc {
    private Jdbc() {}

    /** Statements on one connection. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on a connection of the pool; a failure leaves as the caller's own exception. */
    public static <T> T work(DataSource dataSource, Function<SQLException, ? extends RuntimeException> failure,
                             Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    /**
     * A timestamptz column as the API shows times (UTC); null when SQL null. Read through java.time, never
     * java.sql.Timestamp, whose Julian calendar before 1582 shifts old dates by days.
     */
    public static OffsetDateTime utc(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A timestamptz column as an instant; null when SQL null (see {@link #utc(ResultSet, int)}). */
    public static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Binds an instant (null: SQL null) to a timestamptz parameter, through java.time as {@link #utc} reads it. */
    public static void setTime(PreparedStatement st, int parameter, Instant instant) throws SQLException {
        if (instant == null) {
            st.setNull(parameter, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            st.setObject(parameter, instant.atOffset(ZoneOffset.UTC));
        }
    }
}
