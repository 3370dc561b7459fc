package org.newsgraph.feed;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * One subscriber's stream: the events after its cursor (a Last-Event-ID, or the horizon when it connected)
 * that pass its filter, read from the log up to the horizon each time the horizon moves. Replay and live
 * are the same read, so resuming on another instance, or after a long absence, is no special case; the
 * filter runs in SQL, so a narrow subscriber reads little.
 */
@ApplicationScoped
public class FeedStreams {
    static final int PAGE = 200;

    @Inject
    EventLog log;
    @Inject
    EventHorizon horizon;

    /** Events with an id above {@code after} (null: from now on) that pass the filter, in id order, never ending. */
    public Multi<FeedEvent> stream(Long after, FeedFilter filter) {
        AtomicLong cursor = new AtomicLong(after != null ? after : horizon.current());
        Multi<Long> horizons = Multi.createBy().merging().streams(
                Multi.createFrom().item(horizon::current), horizon.advances());
        return horizons.onOverflow().dropPreviousItems()
                .onItem().transformToMultiAndConcatenate(upTo -> readUpTo(cursor, upTo, filter));
    }

    /** Pages of events up to the horizon; the cursor ends at the horizon so a narrow filter does not rescan. */
    private Multi<FeedEvent> readUpTo(AtomicLong cursor, long upTo, FeedFilter filter) {
        Multi<List<FeedEvent>> pages = Multi.createBy().repeating()
                .uni(() -> Uni.createFrom().item(() -> page(cursor, upTo, filter))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .until(List::isEmpty);
        return pages.onItem().disjoint();
    }

    private List<FeedEvent> page(AtomicLong cursor, long upTo, FeedFilter filter) {
        if (cursor.get() >= upTo) {
            return List.of();
        }
        List<FeedEvent> events = log.read(cursor.get(), upTo, filter, PAGE);
        cursor.set(events.size() < PAGE ? upTo : events.get(events.size() - 1).id());
        return events;
    }
}
