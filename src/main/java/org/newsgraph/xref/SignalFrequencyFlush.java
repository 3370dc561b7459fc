package org.newsgraph.xref;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;
import org.newsgraph.db.Jdbc;

/**
 * The instance's {@link SignalFrequencies}, stored every 5 seconds (one transaction, one upsert for all the
 * articles linked meanwhile, so a key common to many of them is one row update) and when the instance stops.
 * Other instances see the counts once stored; this one sees them at once. A failed flush keeps its counts for
 * the next one.
 */
@ApplicationScoped
public class SignalFrequencyFlush {
    private static final Logger LOG = Logger.getLogger(SignalFrequencyFlush.class);
    /** Stored counts kept for reading: about the distinct keys of the candidates of a few thousand articles. */
    private static final long CACHED_KEYS = 400_000;
    /** How long a stored count read is reused before it is read again (other instances' counts show up). */
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final OutageLog outage = new OutageLog(LOG, "Signal frequency flush");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SignalFrequencies frequencies;

    @Produces
    @Singleton
    static SignalFrequencies frequencies() {
        return new SignalFrequencies(CACHED_KEYS, CACHE_FOR);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void flush() {
        if (!frequencies.hasPending()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> Jdbc.work(dataSource, XrefStoreException::failed, frequencies::flush));
            outage.available();
        } catch (RuntimeException e) {
            if (!outage.unavailable(e)) {
                LOG.warnf("Storing signal frequencies failed; they are kept for the next flush: %s", e.getMessage());
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        flush();
    }
}
