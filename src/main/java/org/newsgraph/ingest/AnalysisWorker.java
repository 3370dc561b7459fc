package org.newsgraph.ingest;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.xref.XrefService;

/**
 * Takes jobs from the durable analysis queue in the background: analyzes each article and stores the
 * results with the job's completion in one transaction. Failures back off and, after the configured
 * attempts, leave the article marked failed (still stored).
 */
@ApplicationScoped
public class AnalysisWorker {
    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class);
    private static final int BATCH = 8;
    private static final long IDLE_POLL_MS = 2000;

    @Inject
    AnalysisQueue queue;
    @Inject
    AnalysisService analysis;
    @Inject
    ArticleRepository articles;
    @Inject
    NewsgraphConfig config;
    @Inject
    XrefService xref;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workArrived = lock.newCondition();
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.analysis().workerEnabled()) {
            LOG.info("Background analysis worker disabled on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "analysis-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called when new jobs were queued, so they start without waiting for the next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            workArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                List<AnalysisQueue.Job> jobs = queue.claim(BATCH);
                if (jobs.isEmpty()) {
                    idle();
                    continue;
                }
                for (AnalysisQueue.Job job : jobs) {
                    if (!running) {
                        break;
                    }
                    process(job);
                }
            } catch (RuntimeException | StackOverflowError e) {
                // The only worker thread of this instance must survive anything short of the JVM failing.
                LOG.warn("Analysis worker iteration failed; retrying shortly", e);
                idle();
            }
        }
    }

    private void idle() {
        lock.lock();
        try {
            workArrived.await(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    void process(AnalysisQueue.Job job) {
        Article article = QuarkusTransaction.requiringNew().call(() -> articles.findById(job.articleId()));
        if (article == null) {
            return; // deleted: its job went with it (cascade)
        }
        boolean recorded = false;
        try {
            AnalysisService.Analysis result = analysis.analyze(article.title, article.body, article.declaredLanguage);
            QuarkusTransaction.requiringNew().run(() -> analysis.record(job.articleId(), result));
            recorded = true;
            // Linking is its own transaction; the job is done only once it succeeded, so a failure retries both.
            xref.link(job.articleId(), result.document());
            QuarkusTransaction.requiringNew().run(() -> queue.complete(job));
        } catch (RuntimeException | StackOverflowError e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (job.attempts() >= config.analysis().maxAttempts()) {
                boolean analyzed = recorded;
                LOG.errorf(e, "%s of article %d failed %d times; marked failed", analyzed ? "Linking" : "Analysis",
                        job.articleId(), job.attempts());
                QuarkusTransaction.requiringNew().run(() -> {
                    if (analyzed) {
                        xref.markLinkFailed(job.articleId());
                    } else {
                        analysis.markFailed(job.articleId(), error);
                    }
                    queue.complete(job);
                });
            } else {
                LOG.warnf("Analysis of article %d failed (attempt %d): %s", job.articleId(), job.attempts(), error);
                queue.retryLater(job.articleId(), job.attempts(), error);
            }
        }
    }
}
