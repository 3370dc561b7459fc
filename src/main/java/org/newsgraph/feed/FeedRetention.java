package org.newsgraph.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;
import org.newsgraph.config.NewsgraphConfig;

/** Keeps the event log to its retention period (any instance may prune; the delete is idempotent). */
@ApplicationScoped
public class FeedRetention {
    private static final Logger LOG = Logger.getLogger(FeedRetention.class);

    private final OutageLog outage = new OutageLog(LOG, "Feed retention");

    @Inject
    EventLog log;
    @Inject
    NewsgraphConfig config;

    @Scheduled(every = "1h", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        int deleted;
        try {
            deleted = log.prune(config.feed().retention());
            outage.available();
        } catch (RuntimeException e) {
            if (outage.unavailable(e)) {
                return; // pruned at the next round
            }
            throw e;
        }
        if (deleted > 0) {
            LOG.infof("Pruned %d feed events older than %s", deleted, config.feed().retention());
        }
    }
}
