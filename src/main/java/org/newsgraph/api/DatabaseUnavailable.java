package org.newsgraph.api;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
        return chain(failure).stream().anyMatch(t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLTimeoutException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                || t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || fromPool(sql)));
    }

    /**
     * The failure, its causes and what they suppressed: a commit that fails on a lost connection surfaces as
     * the transaction manager's RollbackException, with the driver's exception only among the suppressed.
     */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        List<Throwable> all = new ArrayList<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && all.size() < 64) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return all;
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
        return chain(failure).stream().noneMatch(t -> t instanceof SQLTimeoutException
                || t instanceof SQLException sql && "57014".equals(sql.getSQLState()));
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
