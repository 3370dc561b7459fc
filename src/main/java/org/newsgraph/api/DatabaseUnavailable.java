package org.newsgraph.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells failures of the database as a service (down, restarting, out of connections, statement timed out)
 * from failures of a request: the former are worth a retry later (503 + Retry-After), and their messages
 * name hosts and ports that a client must not see.
 */
public final class DatabaseUnavailable {
    /** Seconds a client is asked to wait before retrying when the database is unavailable. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String DETAIL = "The database is unavailable at the moment; retry after a few seconds.";

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || fromPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database went away (connection lost or refused, server shutting down or starting, pool without
     * connections), as opposed to a statement that took too long: work that failed this way did nothing
     * wrong and is worth retrying as soon as the database is back, without counting it as a failed attempt.
     */
    public static boolean outage(Throwable failure) {
        if (!causes(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTimeoutException || t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return false;
            }
        }
        return true;
    }

    /**
     * SQLSTATE classes 08 (connection exception), 53 (insufficient resources: too many connections, out of
     * memory or disk), 57P (server shutting down, crashed, not yet accepting connections), and 57014
     * (statement cancelled, which is how a statement timeout ends).
     */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.equals("57014"));
    }

    /** The pool's own failures (acquisition timeout, pool closed) carry no SQLSTATE. */
    private static boolean fromPool(SQLException e) {
        if (e.getSQLState() != null) {
            return false;
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.");
    }
}
