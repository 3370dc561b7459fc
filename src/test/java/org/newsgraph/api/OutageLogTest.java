package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A background job meeting an outage round after round says so once, without a stack trace, and once when it ends. */
class OutageLogTest {
    private static final String CATEGORY = "org.newsgraph.test.OutageLogTest";
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        java.util.logging.Logger.getLogger(CATEGORY).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        java.util.logging.Logger.getLogger(CATEGORY).removeHandler(capture);
    }

    @Test
    void anOutageIsOneWarningWithoutStackTraceAndOneInfoWhenItEnds() {
        OutageLog outage = new OutageLog(Logger.getLogger(CATEGORY), "Import progress");
        RuntimeException refused = new RuntimeException("Error invoking subclass method",
                new SQLException("Connection to 127.0.0.1:55441 refused.\nCheck that the hostname and port are correct", "08001"));
        outage.available();
        for (int round = 0; round < 30; round++) {
            assertTrue(outage.unavailable(refused));
        }
        assertTrue(outage.isDown());
        outage.available();
        outage.available();
        assertFalse(outage.isDown());

        assertEquals(2, records.size(), records.toString());
        LogRecord warning = records.get(0);
        assertEquals(Level.WARNING.intValue(), warning.getLevel().intValue());
        assertNull(warning.getThrown(), "no stack trace");
        String message = warning.getMessage();
        assertTrue(message.startsWith("Import progress: the database is unavailable"), message);
        assertTrue(message.endsWith("(SQLException: Connection to 127.0.0.1:55441 refused.)"), message);
        assertFalse(message.contains("\n"), message);
        assertEquals(Level.INFO.intValue(), records.get(1).getLevel().intValue());
        assertNull(records.get(1).getThrown());
        assertTrue(records.get(1).getMessage().startsWith("Import progress: the database answers again"));

        // The next outage is reported again.
        assertTrue(outage.unavailable(refused));
        assertEquals(3, records.size());
    }

    @Test
    void otherFailuresAreLeftToTheJob() {
        OutageLog outage = new OutageLog(Logger.getLogger(CATEGORY), "Feed");
        assertFalse(outage.unavailable(new IllegalStateException("bug", new SQLException("duplicate key", "23505"))));
        assertFalse(outage.isDown());
        assertTrue(records.isEmpty());
    }
}
