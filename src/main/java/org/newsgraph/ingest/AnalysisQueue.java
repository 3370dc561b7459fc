package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsgraph.entity.EntityService;

/**
 * The durable analysis queue ({@code analysis_job}). Claiming a job leases it for a while instead of
 * holding a lock during the analysis, so a crashed worker's jobs come back and several instances share
 * the queue ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class AnalysisQueue {
    static final String LEASE = "10 minutes";

    @Inject
    EntityManager em;

    /**
     * Asks for (another) analysis of the article. A job already queued or running is renewed: due now, with
     * a new enqueue time, so a worker finishing the older request does not take this one away.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long articleId) {
        em.createNativeQuery("""
                insert into analysis_job (article_id) values (:id)
                on conflict (article_id) do update set not_before = now(), attempts = 0, enqueued_at = clock_timestamp()""")
                .setParameter("id", articleId)
                .executeUpdate();
    }

    /**
     * A job that becomes due only after the lease: the safety net for work the caller is about to do itself
     * (linking after a single ingest). If the process dies first, a worker does it later.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Job enqueueDeferred(long articleId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into analysis_job (article_id, not_before) values (:id, now() + interval '%s')
                on conflict (article_id) do update set enqueued_at = analysis_job.enqueued_at
                returning attempts, enqueued_at::text""".formatted(LEASE))
                .setParameter("id", articleId)
                .getSingleResult();
        return new Job(articleId, ((Number) row[0]).intValue(), (String) row[1]);
    }

    /** Re-analysis of articles whose entities changed (a merge), in the caller's transaction. */
    void reanalyzeAfterMerge(@Observes EntityService.EntitiesMerged merged) {
        merged.articleIds().forEach(this::enqueue);
    }

    /** Leases up to {@code max} due jobs to the caller. */
    @Transactional
    public List<Job> claim(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with due as (
                    select article_id from analysis_job where not_before <= now()
                    order by enqueued_at, article_id limit :max for update skip locked)
                update analysis_job j set attempts = j.attempts + 1, not_before = now() + interval '%s'
                from due where j.article_id = due.article_id
                returning j.article_id, j.attempts, j.enqueued_at::text""".formatted(LEASE))
                .setParameter("max", max)
                .getResultList();
        List<Job> jobs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            jobs.add(new Job(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2]));
        }
        return jobs;
    }

    /** Removes the job, unless it was renewed since it was claimed (then the newer request stays). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Job job) {
        em.createNativeQuery("delete from analysis_job where article_id = :id and enqueued_at::text = :enqueuedAt")
                .setParameter("id", job.articleId())
                .setParameter("enqueuedAt", job.enqueuedAt())
                .executeUpdate();
    }

    /** Puts a failed job back with a back-off that grows with its attempts. */
    @Transactional
    public void retryLater(long articleId, int attempts, String error) {
        em.createNativeQuery("""
                update analysis_job set not_before = now() + make_interval(secs => :delay), last_error = :error
                where article_id = :id""")
                .setParameter("delay", Math.min(600, 5 * (1 << Math.min(attempts, 7))))
                .setParameter("error", error)
                .setParameter("id", articleId)
                .executeUpdate();
    }

    /** A claimed job; {@code enqueuedAt} identifies the request it serves. */
    public record Job(long articleId, int attempts, String enqueuedAt) {}
}
