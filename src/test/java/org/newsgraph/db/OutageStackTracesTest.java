package org.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

/** The transaction manager's rollback warnings during an outage keep their line and lose their stack trace. */
class OutageStackTracesTest {
    private final OutageStackTraces filter = new OutageStackTraces();

    @Test
    void aRollbackOnAClosedConnectionLosesItsStackTrace() {
        XAException rollback = new XAException("Error trying to transactionRollback local transaction: This connection has been closed.");
        rollback.initCause(new SQLException("This connection has been closed.", "08003"));
        LogRecord record = new LogRecord(Level.WARNING, "ARJUNA016045: attempted rollback of < ... > failed with exception code XAException.XAER_RMERR");
        record.setThrown(rollback);
        assertTrue(filter.isLoggable(record));
        assertNull(record.getThrown());
    }

    @Test
    void otherFailuresKeepTheirs() {
        IllegalStateException bug = new IllegalStateException("no model", new SQLException("duplicate key", "23505"));
        LogRecord record = new LogRecord(Level.SEVERE, "Unexpected error");
        record.setThrown(bug);
        assertTrue(filter.isLoggable(record));
        assertSame(bug, record.getThrown());
    }
}
