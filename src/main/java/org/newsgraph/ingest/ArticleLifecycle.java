package org.newsgraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.ArticleState;
import org.newsgraph.article.NewArticle;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.entity.EntityService;
import org.newsgraph.ingest.AnalysisService.Analysis;

/**
 * The one owner of an article's life ({@link ArticleState}): stored → analyzed → linked, or failed at
 * either step, and retried through the durable analysis queue ({@code analysis_job}), which it owns too.
 * Ingestion, the background worker and the linker ask it for every transition; nothing else writes the
 * statuses or the queue. Transitions marked "in the caller's transaction" commit or roll back with the
 * work they record (an analysis, a linking step), so a state never claims what is not stored.
 */
@ApplicationScoped
public class ArticleLifecycle {
    private static final Logger LOG = Logger.getLogger(ArticleLifecycle.class);
    /**
     * How long a leased job is its worker's before it comes back to the queue. Short, so the jobs of a worker
     * that died (killed instance, lost connection) are taken again within a minute; a live worker renews the
     * leases of the jobs it holds every {@link #LEASE_RENEWAL_SECONDS}.
     */
    static final int LEASE_SECONDS = 30;
    static final String LEASE = LEASE_SECONDS + " seconds";
    static final int LEASE_RENEWAL_SECONDS = 10;
    /**
     * When the linking job of an article stored with its analysis falls due: the storing request links it
     * at once and completes the job, so a worker only takes it when that request could not (process killed,
     * database lost); linking it twice is harmless, linking replaces the earlier one.
     */
    static final String LINK_GRACE = "60 seconds";
    /** Delay before work interrupted by a database outage is tried again. */
    static final int OUTAGE_RETRY_SECONDS = 5;
    /** Delay before a failed linking is retried. */
    static final int LINK_RETRY_SECONDS = 30;
    /** Upper bound of the back-off between attempts. */
    static final int MAX_BACKOFF_SECONDS = 600;

    /** The step of the work on an article that failed. */
    public enum Step { ANALYSIS, LINKING }

    @Inject
    ArticleRepository articles;
    @Inject
    AnalysisJobs jobs;
    @Inject
    AnalysisService analysis;
    @Inject
    NewsgraphConfig config;
    @Inject
    ArticleEvents events;
    @Inject
    IngestMetrics metrics;

    /**
     * Stores a new article ({@link ArticleState#STORED}) and queues its analysis, due now, in the caller's
     * transaction. Empty when its URL or content is already stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> store(NewArticle article) {
        return store(article, null);
    }

    /** As {@link #store(NewArticle)}, for an article of a bulk import ({@code importId}, may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> store(NewArticle article, Long importId) {
        Optional<Long> id = articles.insertIfAbsent(article, importId);
        id.ifPresent(stored -> {
            jobs.enqueue(stored);
            events.created(stored, article, importId);
            metrics.ingested();
        });
        return id;
    }

    /**
     * Stores a new article with the analysis made before it ({@link ArticleState#ANALYZED}), in the caller's
     * transaction. Its linking job is queued with it but due only after a lease: the caller links the
     * article right away and then {@link #complete}s the job; if the process dies first, a worker links it
     * later. Empty when its URL or content is already stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AnalysisJob> storeAnalyzed(NewArticle article, Analysis analysis) {
        Optional<Long> id = articles.insertIfAbsent(article);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        events.created(id.get(), article, null);
        metrics.ingested();
        analyzed(id.get(), analysis);
        return Optional.of(jobs.enqueueAfter(id.get(), LINK_GRACE));
    }

    /** Asks for (another) analysis and linking of the article, due now; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestAnalysis(long articleId) {
        jobs.enqueue(articleId);
    }

    /** The articles of a merge mention other entities now: analyze and link them again, with the merge. */
    void reanalyzeAfterMerge(@Observes EntityService.EntitiesMerged merged) {
        merged.articleIds().forEach(this::requestAnalysis);
    }

    /**
     * Records an analysis on the article ({@link ArticleState#ANALYZED}): language, segments, dates, mentions,
     * search vector and the metadata the sender left out, in the caller's transaction. False when the
     * article was deleted meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean analyzed(long articleId, Analysis result) {
        if (!analysis.record(articleId, result, AnalysisPipeline.VERSION)) {
            return false;
        }
        events.analyzed(articleId);
        metrics.analyzed();
        return true;
    }

    /**
     * The article is linked ({@link ArticleState#LINKED}) and in {@code storyId}, in one update; called by the
     * linker inside its linking transaction, once the story exists and before its size is counted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void joinedStory(long articleId, long storyId) {
        articles.setLinked(articleId, storyId);
    }

    /**
     * The linking step's event and count, at its end (its links stored); the state was written by
     * {@link #joinedStory}. Inside the linking transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linked(long articleId) {
        events.linked(articleId);
        metrics.linked();
    }

    /**
     * Linking failed ({@link ArticleState#LINK_FAILED}); the article and its analysis stand, and it is queued
     * to be analyzed and linked again (a job already queued keeps its due time). Its own transaction.
     */
    public void linkingFailed(long articleId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            articles.setLinkStatus(articleId, ArticleState.LINK_FAILED);
            jobs.enqueueRetry(articleId, LINK_RETRY_SECONDS, reason);
        });
    }

    /** Leases up to {@code max} due jobs to the caller (its own transaction). */
    public List<AnalysisJob> lease(int max) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.lease(max, LEASE));
    }

    /**
     * Leases up to {@code max} due jobs with their articles' texts (null: deleted), read in the same
     * transaction, so a worker reads a batch's articles in one statement.
     */
    public List<Leased> leaseWithArticles(int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AnalysisJob> leased = jobs.lease(max, LEASE);
            if (leased.isEmpty()) {
                return List.of();
            }
            Map<Long, Article> byId = new HashMap<>();
            for (Article article : articles.list("id in ?1", leased.stream().map(AnalysisJob::articleId).toList())) {
                byId.put(article.id, article);
            }
            return leased.stream().map(job -> new Leased(job, byId.get(job.articleId()))).toList();
        });
    }

    /** A leased job and its article (null when it was deleted). */
    public record Leased(AnalysisJob job, Article article) {}

    /** The job's work is done (its own transaction); a newer request for the same article stays queued. */
    public void complete(AnalysisJob job) {
        QuarkusTransaction.requiringNew().run(() -> jobs.complete(job));
    }

    /** As {@link #complete}, for several jobs in one statement. */
    public void completeAll(List<AnalysisJob> done) {
        if (!done.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> jobs.completeAll(done));
        }
    }

    /** Extends the leases of jobs a live worker still holds (its own transaction). */
    public void renew(Collection<AnalysisJob> held) {
        if (!held.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> jobs.renew(held, LEASE));
        }
    }

    /**
     * A leased job was interrupted by a database outage, not by its article: due again after a few seconds,
     * and the attempt does not count (an outage must not use up an article's attempts). Its own transaction,
     * which fails while the database is still away; the worker then releases the job once it is back.
     */
    public void interrupted(AnalysisJob job, String reason) {
        // The worker reports the outage itself, once (OutageLog); a line per interrupted article would repeat it.
        LOG.debugf("Work on article %d interrupted by the database; retried in %d s: %s", job.articleId(), OUTAGE_RETRY_SECONDS, reason);
        QuarkusTransaction.requiringNew().run(() -> jobs.retryUncounted(job, OUTAGE_RETRY_SECONDS, reason));
    }

    /** Gives leased jobs back unworked (a worker stopping), due now and without counting the attempt. */
    public void release(Collection<AnalysisJob> leased) {
        if (!leased.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> jobs.release(leased));
        }
    }

    /**
     * A leased job failed at {@code step}. Below the configured attempts it is retried after a back-off that
     * doubles with each attempt; after them the article is marked failed at that step ({@link
     * ArticleState#ANALYSIS_FAILED} with the reason, or {@link ArticleState#LINK_FAILED}) and the job is done.
     * Returns whether it will be retried.
     */
    public boolean failed(AnalysisJob job, Step step, String reason) {
        if (job.attempts() < config.analysis().maxAttempts()) {
            LOG.warnf("%s of article %d failed (attempt %d): %s", stepName(step), job.articleId(), job.attempts(), reason);
            QuarkusTransaction.requiringNew().run(() -> jobs.retryAfter(job, backoffSeconds(job.attempts()), reason));
            return true;
        }
        LOG.errorf("%s of article %d failed %d times; marked failed: %s", stepName(step), job.articleId(), job.attempts(), reason);
        QuarkusTransaction.requiringNew().run(() -> {
            if (step == Step.ANALYSIS) {
                articles.setAnalysisFailed(job.articleId(), reason);
            } else {
                articles.setLinkStatus(job.articleId(), ArticleState.LINK_FAILED);
            }
            jobs.complete(job);
            if (articles.state(job.articleId()).isPresent()) {
                events.failed(job.articleId(), step, reason);
            }
            metrics.failed(step);
        });
        return false;
    }

    /** Where the article stands; empty when it does not exist. */
    @Transactional
    public Optional<ArticleState> stateOf(long articleId) {
        return articles.state(articleId);
    }

    /** The job queued for the article, if any. */
    @Transactional
    Optional<AnalysisJobs.PendingJob> pendingJob(long articleId) {
        return jobs.pending(articleId);
    }

    static int backoffSeconds(int attempts) {
        return Math.min(MAX_BACKOFF_SECONDS, 5 * (1 << Math.min(attempts, 7)));
    }

    private static String stepName(Step step) {
        return step == Step.ANALYSIS ? "Analysis" : "Linking";
    }
}
