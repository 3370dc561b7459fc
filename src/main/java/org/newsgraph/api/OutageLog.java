package org.newsgraph.api;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

/**
 * What one background job (a scheduler, the worker, lease renewal, the feed's poller) says about a database
 * outage: one WARN without a stack trace when it first meets it, one INFO when a round succeeds again, and
 * nothing in between however often the job runs. An outage is whatever {@link DatabaseUnavailable#causes}
 * says; any other failure is the caller's to log, with its stack trace, since it is a defect.
 */
public final class OutageLog {
    private final Logger log;
    private final String job;
    /** {@link System#nanoTime()} when the outage was first met (odd, so never 0), or 0 while the database answers. */
    private final AtomicLong downSince = new AtomicLong();

    public OutageLog(Logger log, String job) {
        this.log = log;
        this.job = job;
    }

    /**
     * Whether {@code failure} is the database being unavailable; the first of an outage is logged as one WARN
     * line naming the root cause, the others not at all.
     */
    public boolean unavailable(Throwable failure) {
        if (!DatabaseUnavailable.causes(failure)) {
            return false;
        }
        if (downSince.compareAndSet(0, System.nanoTime() | 1)) {
            log.warnf("%s: the database is unavailable; retrying without further messages until it answers (%s)",
                    job, rootCause(failure));
        }
        return true;
    }

    /** A round of the job reached the database: if an outage was reported, says that it is over. */
    public void available() {
        long since = downSince.getAndSet(0);
        if (since != 0) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
            log.infof("%s: the database answers again (unavailable for about %d s)", job, seconds);
        }
    }

    public boolean isDown() {
        return downSince.get() != 0;
    }

    /** The innermost cause's class and first message line: what went wrong, in one line. */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        return message.isEmpty() ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + message;
    }
}
