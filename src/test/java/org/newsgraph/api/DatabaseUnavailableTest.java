package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503, retried without counting) and which are not. */
class DatabaseUnavailableTest {
    @Test
    void aLostConnectionIsAnOutage() {
        RuntimeException lost = new RuntimeException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseUnavailable.causes(lost));
        assertTrue(DatabaseUnavailable.outage(lost));
        assertTrue(DatabaseUnavailable.outage(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.outage(new SQLTransientConnectionException("Connection refused")));
    }

    @Test
    void aCommitOnAKilledConnectionIsAnOutage() {
        // What Narayana throws when the commit meets a terminated backend: the driver's error is only suppressed.
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        RuntimeException thrown = new RuntimeException("Error invoking subclass method", rollback);
        assertTrue(DatabaseUnavailable.causes(thrown));
        assertTrue(DatabaseUnavailable.outage(thrown));
    }

    @Test
    void aStatementTimeoutIsUnavailableButNoOutage() {
        SQLException cancelled = new SQLException("canceling statement due to statement timeout", "57014");
        assertTrue(DatabaseUnavailable.causes(cancelled), "the client is asked to retry later");
        assertFalse(DatabaseUnavailable.outage(cancelled), "the work itself took too long: it counts as an attempt");
    }

    @Test
    void otherFailuresAreNeither() {
        IllegalStateException bug = new IllegalStateException("no model", new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseUnavailable.causes(bug));
        assertFalse(DatabaseUnavailable.outage(bug));
    }
}
