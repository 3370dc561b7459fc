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

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long articleId) {
        em.createNativeQuery("insert into analysis_job (article_id) values (:id) on conflict (article_id) do nothing")
                .setParameter("id", articleId)
                .executeUpdate();
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
                returning j.article_id, j.attempts""".formatted(LEASE))
                .setParameter("max", max)
                .getResultList();
        List<Job> jobs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            jobs.add(new Job(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return jobs;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(long articleId) {
        em.createNativeQuery("delete from analysis_job where article_id = :id").setParameter("id", articleId).executeUpdate();
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

    public long pending() {
        return ((Number) em.createNativeQuery("select count(*) from analysis_job").getSingleResult()).longValue();
    }

    public record Job(long articleId, int attempts) {}
}
