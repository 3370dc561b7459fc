package org.newsgraph.db;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

import org.newsgraph.api.DatabaseUnavailable;

/**
 * Drops the stack trace of a log record whose exception is the database being unavailable, and keeps its
 * line. The transaction manager logs one (ARJUNA016045, some 40 lines) for each transaction it cannot roll
 * back on a connection the database closed; the service's own code reports outages in one line
 * ({@code api/OutageLog}), and a stack trace tells nothing more about an outage. Other records pass as they are.
 */
@LoggingFilter(name = "database-outage")
public final class OutageStackTraces implements Filter {
    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown != null && DatabaseUnavailable.causes(thrown)) {
            record.setThrown(null);
        }
        return true;
    }
}
