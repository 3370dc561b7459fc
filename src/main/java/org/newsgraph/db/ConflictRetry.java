package org.newsgraph.db;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a unit of work in a transaction of its own, and runs it again as a whole when PostgreSQL chose it as
 * the victim of a deadlock or a serialization conflict: such a transaction was rolled back entirely, so a
 * second run is safe, and a client should not see a 500 for what a concurrent writer did.
 */
public final class ConflictRetry {
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    private static final int MAX_ATTEMPTS = 4;

    private ConflictRetry() {
    }

    /** The work's result; its own exceptions, and a conflict lost {@value #MAX_ATTEMPTS} times, are thrown. */
    public static <T> T inNewTransaction(String what, Callable<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !concurrencyConflict(e)) {
                    throw e;
                }
                LOG.debugf("%s lost a lock conflict (attempt %d); running it again", what, attempt);
                pause(attempt);
            }
        }
    }

    /** Deadlock detected (40P01) or serialization failure (40001) anywhere in the cause chain. */
    public static boolean concurrencyConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short random pause, longer with each attempt, so that the two sides of a conflict do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
