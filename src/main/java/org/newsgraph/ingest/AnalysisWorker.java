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

/**
 * Takes jobs from the durable analysis queue in the background: analyzes each article, stores the results
 * and links it. {@link ArticleLifecycle} leases the jobs and decides what a failure means: a retry after a
 * back-off or, after the configured attempts, the article marked failed (still stored).
 */
@ApplicationScoped
public class AnalysisWorker {
    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class);
    private static final int BATCH = 8;
    private static final long IDLE_POLL_MS = 2000;

    @Inject
    ArticleLifecycle lifecycle;
    @Inject
    AnalysisService analysis;
    @Inject
    ArticleRepository articles;
    @Inject
    NewsgraphConfig config;
    @Inject
    ArticleLinker linker;
    @Inject
    IngestMetrics metrics;

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
                List<AnalysisJob> jobs = lifecycle.lease(BATCH);
                if (jobs.isEmpty()) {
                    idle();
                    continue;
                }
                for (int i = 0; i < jobs.size(); i++) {
                    if (!running) {
                        // Stopping: the jobs not started go back now rather than when their lease ends.
                        lifecycle.release(jobs.subList(i, jobs.size()));
                        break;
                    }
                    process(jobs.get(i));
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

    /** Analyzes and links the job's article; each step is its own transaction, and the job is done once both are. */
    void process(AnalysisJob job) {
        Article article = QuarkusTransaction.requiringNew().call(() -> articles.findById(job.articleId()));
        if (article == null) {
            return; // deleted: its job went with it (cascade)
        }
        ArticleLifecycle.Step step = ArticleLifecycle.Step.ANALYSIS;
        try {
            AnalysisService.Analysis result = analysis.analyze(article.title, article.body, article.declaredLanguage);
            boolean stillThere = QuarkusTransaction.requiringNew().call(() -> lifecycle.analyzed(job.articleId(), result));
            if (stillThere) {
                step = ArticleLifecycle.Step.LINKING;
                metrics.timeLinking(() -> {
                    linker.link(job.articleId(), result.document());
                    return null;
                });
            }
            lifecycle.complete(job);
        } catch (RuntimeException | StackOverflowError e) {
            lifecycle.failed(job, step, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
