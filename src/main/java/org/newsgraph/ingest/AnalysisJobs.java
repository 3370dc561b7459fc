package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The SQL of the durable analysis queue ({@code analysis_job}), in the caller's transaction. Only
 * {@link ArticleLifecycle} uses it. A lease moves a job's due time past the lease instead of holding a
 * lock during the analysis, so a crashed worker's jobs come back and instances share the queue
 * ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
class AnalysisJobs {
    @Inject
    EntityManager em;

    /** Due now. A job already queued or running is renewed (new enqueue time) so the newer request is kept. */
    void enqueue(long articleId) {
        em.createNativeQuery("""
                insert into analysis_job (article_id) values (:id)
                on conflict (article_id) do update set not_before = now(), attempts = 0, enqueued_at = clock_timestamp()""")
                .setParameter("id", articleId)
                .executeUpdate();
    }

    /** Due only after {@code delay}; an existing job keeps its own due time and request. */
    AnalysisJob enqueueAfter(long articleId, String delay) {
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into analysis_job (article_id, not_before) values (:id, now() + cast(:delay as interval))
                on conflict (article_id) do update set enqueued_at = analysis_job.enqueued_at
                returning attempts, enqueued_at::text""")
                .setParameter("id", articleId)
                .setParameter("delay", delay)
                .getSingleResult();
        return new AnalysisJob(articleId, ((Number) row[0]).intValue(), (String) row[1]);
    }

    /** Queued with its reason, due after {@code delaySeconds} unless a job is already there (it keeps its due time). */
    void enqueueRetry(long articleId, int delaySeconds, String reason) {
        em.createNativeQuery("""
                insert into analysis_job (article_id, not_before, last_error)
                select id, now() + make_interval(secs => :delay), :reason from article where id = :id
                on conflict (article_id) do update set last_error = excluded.last_error""")
                .setParameter("delay", delaySeconds)
                .setParameter("reason", reason)
                .setParameter("id", articleId)
                .executeUpdate();
    }

    /** Leases up to {@code max} due jobs, oldest request first, for {@code lease}. */
    List<AnalysisJob> lease(int max, String lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with due as (
                    select article_id from analysis_job where not_before <= now()
                    order by enqueued_at, article_id limit :max for update skip locked)
                update analysis_job j set attempts = j.attempts + 1, not_before = now() + cast(:lease as interval)
                from due where j.article_id = due.article_id
                returning j.article_id, j.attempts, j.enqueued_at::text""")
                .setParameter("max", max)
                .setParameter("lease", lease)
                .getResultList();
        List<AnalysisJob> jobs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            jobs.add(new AnalysisJob(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2]));
        }
        return jobs;
    }

    /** Removes the job, unless it was renewed since (then the newer request stays). */
    void complete(AnalysisJob job) {
        em.createNativeQuery("delete from analysis_job where article_id = :id and enqueued_at::text = :enqueuedAt")
                .setParameter("id", job.articleId())
                .setParameter("enqueuedAt", job.enqueuedAt())
                .executeUpdate();
    }

    /** Removes the jobs in one statement, each unless it was renewed since (then the newer request stays). */
    void completeAll(List<AnalysisJob> done) {
        if (done.isEmpty()) {
            return;
        }
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < done.size(); i++) {
            pairs.append(i == 0 ? "" : ", ")
                    .append("(cast(:id").append(i).append(" as bigint), :at").append(i).append(')');
        }
        var query = em.createNativeQuery("delete from analysis_job where (article_id, enqueued_at::text) in ("
                + pairs + ")");
        for (int i = 0; i < done.size(); i++) {
            query.setParameter("id" + i, done.get(i).articleId()).setParameter("at" + i, done.get(i).enqueuedAt());
        }
        query.executeUpdate();
    }

    /** Due again after {@code delaySeconds}, with the reason of the failed attempt. */
    void retryAfter(AnalysisJob job, int delaySeconds, String reason) {
        em.createNativeQuery("""
                update analysis_job set not_before = now() + make_interval(secs => :delay), last_error = :reason
                where article_id = :id""")
                .setParameter("delay", delaySeconds)
                .setParameter("reason", reason)
                .setParameter("id", job.articleId())
                .executeUpdate();
    }

    /** Due again after {@code delaySeconds}, with the reason, and the attempt it was leased for not counted. */
    void retryUncounted(AnalysisJob job, int delaySeconds, String reason) {
        em.createNativeQuery("""
                update analysis_job set not_before = now() + make_interval(secs => :delay), last_error = :reason,
                    attempts = greatest(attempts - 1, 0)
                where article_id = :id and enqueued_at::text = :enqueuedAt""")
                .setParameter("delay", delaySeconds)
                .setParameter("reason", reason)
                .setParameter("id", job.articleId())
                .setParameter("enqueuedAt", job.enqueuedAt())
                .executeUpdate();
    }

    /**
     * Extends the leases of jobs still held (due in the future), from now. A job whose lease already ended
     * may have gone to another worker, so it is not taken back.
     */
    void renew(Collection<AnalysisJob> held, String lease) {
        for (AnalysisJob job : held) {
            em.createNativeQuery("""
                    update analysis_job set not_before = now() + cast(:lease as interval)
                    where article_id = :id and enqueued_at::text = :enqueuedAt and not_before > now()""")
                    .setParameter("lease", lease)
                    .setParameter("id", job.articleId())
                    .setParameter("enqueuedAt", job.enqueuedAt())
                    .executeUpdate();
        }
    }

    /** Gives leased jobs back unworked: due now, and the lease does not count as an attempt. */
    void release(Collection<AnalysisJob> jobs) {
        for (AnalysisJob job : jobs) {
            em.createNativeQuery("""
                    update analysis_job set not_before = now(), attempts = greatest(attempts - 1, 0)
                    where article_id = :id and enqueued_at::text = :enqueuedAt""")
                    .setParameter("id", job.articleId())
                    .setParameter("enqueuedAt", job.enqueuedAt())
                    .executeUpdate();
        }
    }

    /** The job queued for an article, if any (what a worker would lease next; for checks and tests). */
    Optional<PendingJob> pending(long articleId) {
        List<?> rows = em.createNativeQuery("""
                select attempts, enqueued_at::text, not_before <= now(), last_error from analysis_job where article_id = :id""")
                .setParameter("id", articleId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new PendingJob(new AnalysisJob(articleId, ((Number) r[0]).intValue(), (String) r[1]),
                (Boolean) r[2], (String) r[3]));
    }

    /** A queued job, whether it is due now, and the reason of its last failure. */
    record PendingJob(AnalysisJob job, boolean due, String lastError) {}
}
