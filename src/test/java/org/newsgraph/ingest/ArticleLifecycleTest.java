package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.ArticleState;
import org.newsgraph.article.NewArticle;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.ingest.AnalysisJobs.PendingJob;
import org.newsgraph.ingest.AnalysisService.Analysis;

/**
 * The transitions of {@link ArticleLifecycle} against the real store, alongside the running background
 * worker: each check that the worker could race is made inside the transaction that set it up.
 */
@QuarkusTest
class ArticleLifecycleTest {
    @Inject
    ArticleLifecycle lifecycle;
    @Inject
    AnalysisJobs jobs;
    @Inject
    AnalysisService analysis;
    @Inject
    ArticleLinker linker;
    @Inject
    ArticleRepository articles;
    @Inject
    NewsgraphConfig config;
    @Inject
    EntityManager em;

    @Test
    void storedArticleIsAnalyzedAndLinkedByTheWorker() throws Exception {
        NewArticle article = article("Ganja wine festival draws 12000 visitors");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long stored = lifecycle.store(article).orElseThrow();
            assertEquals(Optional.of(ArticleState.STORED), lifecycle.stateOf(stored));
            assertTrue(jobs.pending(stored).orElseThrow().due(), "its analysis is due now");
            return stored;
        });
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> lifecycle.store(article)), "stored once");

        awaitState(id, ArticleState.LINKED);
        // the worker completes the job in its own transaction right after the linking one
        awaitNoJob(id);
    }

    @Test
    void analyzedArticleIsLinkedAndItsJobCompleted() {
        NewArticle article = article("Baku metro opens two new stations");
        Analysis result = analysis.analyze(article.title(), article.body(), null);
        AnalysisJob job = QuarkusTransaction.requiringNew().call(() -> lifecycle.storeAnalyzed(article, result)).orElseThrow();
        assertEquals(Optional.of(ArticleState.ANALYZED), lifecycle.stateOf(job.articleId()));
        PendingJob pending = lifecycle.pendingJob(job.articleId()).orElseThrow();
        assertFalse(pending.due(), "the linking job waits a lease, as a guarantee only");

        linker.link(job.articleId(), result.document());
        assertEquals(Optional.of(ArticleState.LINKED), lifecycle.stateOf(job.articleId()));
        lifecycle.complete(job);
        assertEquals(Optional.empty(), lifecycle.pendingJob(job.articleId()));
    }

    @Test
    void failedLinkingKeepsTheAnalysisAndQueuesARetryWithItsReason() {
        AnalysisJob job = storeAnalyzed("Shiraz book fair moves to the spring");
        lifecycle.complete(job);

        lifecycle.linkingFailed(job.articleId(), "XrefStoreException: disk full");
        assertEquals(Optional.of(ArticleState.LINK_FAILED), lifecycle.stateOf(job.articleId()));
        PendingJob retry = lifecycle.pendingJob(job.articleId()).orElseThrow();
        assertFalse(retry.due());
        assertEquals("XrefStoreException: disk full", retry.lastError());
    }

    @Test
    void failedAttemptIsRetriedWithBackoffThenMarkedFailedWithItsReason() {
        AnalysisJob queued = storeAnalyzed("Tabriz bazaar restoration wins an award");
        AnalysisJob leasedOnce = new AnalysisJob(queued.articleId(), 1, queued.enqueuedAt());

        assertTrue(lifecycle.failed(leasedOnce, ArticleLifecycle.Step.ANALYSIS, "IllegalStateException: model missing"));
        PendingJob retry = lifecycle.pendingJob(queued.articleId()).orElseThrow();
        assertFalse(retry.due(), "backs off");
        assertEquals("IllegalStateException: model missing", retry.lastError());
        assertEquals(10, ArticleLifecycle.backoffSeconds(1));
        assertTrue(ArticleLifecycle.backoffSeconds(2) > ArticleLifecycle.backoffSeconds(1), "the back-off grows");
        assertEquals(ArticleLifecycle.MAX_BACKOFF_SECONDS, ArticleLifecycle.backoffSeconds(30));
        assertEquals(Optional.of(ArticleState.ANALYZED), lifecycle.stateOf(queued.articleId()), "still analyzed from before");

        AnalysisJob lastAttempt = new AnalysisJob(queued.articleId(), config.analysis().maxAttempts(), queued.enqueuedAt());
        assertFalse(lifecycle.failed(lastAttempt, ArticleLifecycle.Step.ANALYSIS, "IllegalStateException: model missing"));
        assertEquals(Optional.of(ArticleState.ANALYSIS_FAILED), lifecycle.stateOf(queued.articleId()));
        assertEquals("IllegalStateException: model missing",
                QuarkusTransaction.requiringNew().call(() -> articles.findById(queued.articleId()).analysisError));
        assertEquals(Optional.empty(), lifecycle.pendingJob(queued.articleId()), "given up: no job left");
    }

    @Test
    void linkingGivenUpMarksOnlyTheLinkFailed() {
        AnalysisJob queued = storeAnalyzed("Nakhchivan airport adds flights to Istanbul");
        AnalysisJob lastAttempt = new AnalysisJob(queued.articleId(), config.analysis().maxAttempts(), queued.enqueuedAt());

        assertFalse(lifecycle.failed(lastAttempt, ArticleLifecycle.Step.LINKING, "XrefStoreException: timeout"));
        assertEquals(Optional.of(ArticleState.LINK_FAILED), lifecycle.stateOf(queued.articleId()));
        assertEquals(Optional.empty(), lifecycle.pendingJob(queued.articleId()));
    }

    @Test
    void expiredLeaseComesBackAndAWorkerFinishesTheJob() throws Exception {
        // The process that stored and analyzed the article died before linking it: its job's lease runs out.
        AnalysisJob job = storeAnalyzed("Isfahan bridge lights return after repairs");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update analysis_job set not_before = now() - interval '1 second' where article_id = :id")
                    .setParameter("id", job.articleId()).executeUpdate();
            assertTrue(jobs.pending(job.articleId()).orElseThrow().due(), "due again");
        });

        awaitState(job.articleId(), ArticleState.LINKED);
        awaitNoJob(job.articleId());
    }

    @Test
    void releasedJobIsDueAgainWithoutCountingTheLease() {
        AnalysisJob job = storeAnalyzed("Tehran book fair opens its doors");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update analysis_job set attempts = 1 where article_id = :id")
                    .setParameter("id", job.articleId()).executeUpdate();
            jobs.release(List.of(new AnalysisJob(job.articleId(), 1, job.enqueuedAt())));
            PendingJob released = jobs.pending(job.articleId()).orElseThrow();
            assertTrue(released.due());
            assertEquals(0, released.job().attempts());
        });
    }

    @Test
    void workInterruptedByTheDatabaseIsDueSoonWithoutCountingTheAttempt() {
        AnalysisJob job = storeAnalyzed("Rasht rice harvest starts early");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update analysis_job set attempts = 1 where article_id = :id")
                    .setParameter("id", job.articleId()).executeUpdate();
            jobs.retryUncounted(new AnalysisJob(job.articleId(), 1, job.enqueuedAt()), ArticleLifecycle.OUTAGE_RETRY_SECONDS,
                    "PSQLException: An I/O error occurred while sending to the backend.");
            PendingJob retry = jobs.pending(job.articleId()).orElseThrow();
            assertEquals(0, retry.job().attempts(), "an outage does not use up the article's attempts");
            assertEquals("PSQLException: An I/O error occurred while sending to the backend.", retry.lastError());
            double dueIn = secondsUntilDue(job.articleId());
            assertTrue(dueIn > 0 && dueIn <= ArticleLifecycle.OUTAGE_RETRY_SECONDS, "due again in seconds, not after a lease: " + dueIn);
        });
    }

    @Test
    void renewalExtendsLiveLeasesOnly() {
        AnalysisJob live = storeAnalyzed("Ardabil ski slopes open for the season");
        AnalysisJob expired = storeAnalyzed("Zanjan knife makers show their work");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update analysis_job set not_before = now() + interval '2 seconds' where article_id = :id")
                    .setParameter("id", live.articleId()).executeUpdate();
            em.createNativeQuery("update analysis_job set not_before = now() - interval '1 second' where article_id = :id")
                    .setParameter("id", expired.articleId()).executeUpdate();
            jobs.renew(List.of(live, expired), ArticleLifecycle.LEASE);
            assertEquals(ArticleLifecycle.LEASE_SECONDS, secondsUntilDue(live.articleId()), 1.0, "renewed for a whole lease");
            assertTrue(jobs.pending(expired.articleId()).orElseThrow().due(), "an ended lease may be another worker's now");
        });
        assertTrue(ArticleLifecycle.LEASE_RENEWAL_SECONDS * 2 < ArticleLifecycle.LEASE_SECONDS,
                "a live worker renews well before its leases end");
    }

    @Test
    void leaseTakesDueJobsOnlyOnceAndCompletingAnOldLeaseKeepsANewerRequest() {
        AnalysisJob job = storeAnalyzed("Astara border crossing reopens for trucks");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update analysis_job set not_before = now() - interval '1 second' where article_id = :id")
                    .setParameter("id", job.articleId()).executeUpdate();
            List<AnalysisJob> leased = jobs.lease(1000, ArticleLifecycle.LEASE);
            AnalysisJob mine = leased.stream().filter(j -> j.articleId() == job.articleId()).findFirst().orElseThrow();
            assertEquals(1, mine.attempts());
            assertTrue(jobs.lease(1000, ArticleLifecycle.LEASE).stream().noneMatch(j -> j.articleId() == job.articleId()),
                    "a leased job is not leased again");
            // A new request (an entity merge) arrives while the lease runs: completing the old lease keeps it.
            lifecycle.requestAnalysis(job.articleId());
            jobs.complete(mine);
            assertTrue(jobs.pending(job.articleId()).isPresent());
            // Give the other tests' jobs back as they were.
            jobs.release(leased.stream().filter(j -> j.articleId() != job.articleId()).toList());
        });
        awaitNoJob(job.articleId());
    }

    /** In the caller's transaction: seconds from now until the article's job is due. */
    private double secondsUntilDue(long articleId) {
        return ((Number) em.createNativeQuery("select extract(epoch from not_before - now()) from analysis_job where article_id = :id")
                .setParameter("id", articleId).getSingleResult()).doubleValue();
    }

    private AnalysisJob storeAnalyzed(String title) {
        NewArticle article = article(title);
        Analysis result = analysis.analyze(article.title(), article.body(), null);
        return QuarkusTransaction.requiringNew().call(() -> lifecycle.storeAnalyzed(article, result)).orElseThrow();
    }

    private static NewArticle article(String title) {
        return ArticleIntake.fromJson(new ArticleInput(title, title + ", officials said on 2 June 2024 (" + UUID.randomUUID() + ").",
                null, null, null, "en"));
    }

    private void awaitState(long id, ArticleState expected) throws InterruptedException {
        await(() -> lifecycle.stateOf(id).equals(Optional.of(expected)), "state " + expected + " of article " + id);
    }

    private void awaitNoJob(long id) {
        try {
            await(() -> lifecycle.pendingJob(id).isEmpty(), "no job left for article " + id);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
