package org.newsgraph.feed;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;

/**
 * The highest event id below which every event is committed, as this instance sees it, and a signal each
 * time it moves. Whichever instance wrote an event, every instance sees it here within a poll (one
 * index-only range read), so subscribers of all instances get it.
 *
 * <p>Ids are taken when an event is inserted but become visible when its transaction commits, so a lower id
 * can appear after a higher one. The horizon therefore stops at a missing id until it appears, and steps
 * over it only after {@link #GAP_WAIT_MS} (the id was rolled back): a stream that reads up to the horizon
 * never skips an event that commits late, and the order by id is the order every subscriber sees.
 */
@ApplicationScoped
public class EventHorizon {
    private static final Logger LOG = Logger.getLogger(EventHorizon.class);
    static final long POLL_MS = 200;
    static final long GAP_WAIT_MS = 5000;
    private static final int BATCH = 1000;

    @Inject
    EventLog log;

    private final OutageLog outage = new OutageLog(LOG, "Feed");

    private final BroadcastProcessor<Long> advances = BroadcastProcessor.create();
    private volatile long horizon = -1;
    private long gapSince;
    private ScheduledExecutorService poller;

    void start(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-horizon");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, 0, POLL_MS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
        advances.onComplete();
    }

    /** The current horizon: every event with an id up to it is committed (or was given up on). */
    public long current() {
        if (horizon < 0) {
            synchronized (this) {
                if (horizon < 0) {
                    horizon = log.lastId();
                }
            }
        }
        return horizon;
    }

    /** The new horizon each time it moves; a slow subscriber gets the latest only. */
    public Multi<Long> advances() {
        return advances.onOverflow().dropPreviousItems();
    }

    private void pollSafely() {
        try {
            poll();
            outage.available();
        } catch (RuntimeException e) {
            if (!outage.unavailable(e)) {
                LOG.warn("Polling the event log failed; retrying", e);
            }
        }
    }

    synchronized void poll() {
        long before = current();
        long h = before;
        long[] ids = log.idsAfter(h, BATCH);
        for (long id : ids) {
            if (id == h + 1) {
                h = id;
                gapSince = 0;
                continue;
            }
            long now = System.currentTimeMillis();
            if (gapSince == 0) {
                gapSince = now;
            }
            if (now - gapSince < GAP_WAIT_MS) {
                break; // ids h+1 .. id-1 may still commit
            }
            h = id; // waited long enough: those ids were rolled back
            gapSince = 0;
        }
        if (h != before) {
            horizon = h;
            advances.onNext(h);
        }
    }
}
