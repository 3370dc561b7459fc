package org.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;
import org.newsgraph.feed.EventLog;
import org.newsgraph.feed.FeedEvent;
import org.newsgraph.feed.NewEvent;

/**
 * Bulk imports: an {@code import} row counts what the upload read and stored; what became of its
 * articles is counted from the articles themselves (an index on import id and statuses), so it is right
 * whichever instance analyzed them. Progress is published on the feed while an import runs.
 */
@ApplicationScoped
public class ImportService {
    /** Serializes progress publishing across instances (arbitrary, fixed). */
    static final long PUBLISH_LOCK = 0x6E67_696D_706FL;

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    EntityManager em;
    @Inject
    EventLog events;

    private final OutageLog outage = new OutageLog(LOG, "Import progress");

    /** A new import, in its own transaction so it is visible while the upload runs. */
    public long begin() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "insert into import default values returning id").getSingleResult()).longValue());
    }

    /** Adds what a chunk of the upload read, in the chunk's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void counted(long importId, int received, int stored, int existing, int rejected) {
        em.createNativeQuery("""
                update import set received = received + :received, stored = stored + :stored,
                                  existing = existing + :existing, rejected = rejected + :rejected
                where id = :id""")
                .setParameter("received", received).setParameter("stored", stored)
                .setParameter("existing", existing).setParameter("rejected", rejected)
                .setParameter("id", importId).executeUpdate();
    }

    /** The upload was read to its end. */
    void uploaded(long importId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update import set uploaded_at = now() where id = :id")
                .setParameter("id", importId).executeUpdate());
    }

    @Transactional
    public ImportProgress progress(long importId) {
        return find(importId).orElseThrow(() -> new ImportNotFoundException(importId));
    }

    private Optional<ImportProgress> find(long importId) {
        List<?> rows = em.createNativeQuery("""
                select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), uploaded_at is not null,
                       received, stored, existing, rejected, extract(epoch from clock_timestamp() - created_at)
                from import where id = :id""")
                .setParameter("id", importId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        OffsetDateTime created = OffsetDateTime.parse((String) row[0]);
        boolean uploaded = (Boolean) row[1];
        int received = ((Number) row[2]).intValue();
        int stored = ((Number) row[3]).intValue();
        double seconds = Math.max(1e-3, ((Number) row[6]).doubleValue());
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*) filter (where a.analysis_status = 'done'),
                       count(*) filter (where a.link_status = 'linked'),
                       count(*) filter (where a.analysis_status = 'failed'
                                        or (a.link_status = 'failed'
                                            and not exists (select 1 from analysis_job j where j.article_id = a.id)))
                from article a where a.import_id = :id""")
                .setParameter("id", importId).getSingleResult();
        int analyzed = ((Number) counts[0]).intValue();
        int linked = ((Number) counts[1]).intValue();
        int failed = ((Number) counts[2]).intValue();
        int finished = linked + failed;
        double rate = finished / seconds;
        // Deleted articles leave the import's count: it is done when every article still there is finished.
        int present = ((Number) em.createNativeQuery("select count(*) from article where import_id = :id")
                .setParameter("id", importId).getSingleResult()).intValue();
        boolean done = uploaded && finished >= present;
        Long eta = done ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((present - finished) / rate)) : null;
        return Optional.of(new ImportProgress(importId, created, uploaded, done, received, stored,
                ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), analyzed, linked, failed,
                Math.round(rate * 100) / 100.0, eta));
    }

    /**
     * Publishes the progress of running imports on the feed when it changed, and closes finished ones. One
     * instance at a time (a transaction-scoped advisory lock; the others skip the round).
     */
    @Scheduled(every = "${newsgraph.feed.import-progress-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishProgress() {
        // Not @Transactional: a commit that fails on a lost connection would reach the scheduler, which logs
        // every failed round as an ERROR with its stack trace.
        try {
            QuarkusTransaction.requiringNew().run(this::publishRunningImports);
            outage.available();
        } catch (RuntimeException e) {
            if (!outage.unavailable(e)) {
                LOG.error("Publishing import progress failed", e);
            }
        }
    }

    private void publishRunningImports() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", PUBLISH_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery("select id, reported::text from import where finished_at is null order by id")
                .getResultList();
        for (Object[] row : running) {
            long id = ((Number) row[0]).longValue();
            ImportProgress p = find(id).orElseThrow();
            String counts = p.received() + "/" + p.stored() + "/" + p.analyzed() + "/" + p.linked() + "/" + p.failed() + "/" + p.done();
            if (!counts.equals(row[1] == null ? null : trimQuotes((String) row[1]))) {
                events.append(new NewEvent(FeedEvent.IMPORT_PROGRESS, null, null, id, null, List.of(), payload(p)));
                em.createNativeQuery("update import set reported = to_jsonb(cast(:counts as text)) where id = :id")
                        .setParameter("counts", counts).setParameter("id", id).executeUpdate();
            }
            if (p.done()) {
                em.createNativeQuery("update import set finished_at = now() where id = :id").setParameter("id", id).executeUpdate();
            }
        }
    }

    private static String trimQuotes(String json) {
        return json.length() >= 2 && json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }

    private static Map<String, Object> payload(ImportProgress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("importId", p.id());
        m.put("uploaded", p.uploaded());
        m.put("done", p.done());
        m.put("received", p.received());
        m.put("stored", p.stored());
        m.put("existing", p.existing());
        m.put("rejected", p.rejected());
        m.put("analyzed", p.analyzed());
        m.put("linked", p.linked());
        m.put("failed", p.failed());
        m.put("rate", p.rate());
        m.put("etaSeconds", p.etaSeconds());
        return m;
    }
}
