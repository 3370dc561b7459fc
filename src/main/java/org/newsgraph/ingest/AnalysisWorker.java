package org.newsgraph.ingest;

import java.util.ArrayList;
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
 * back-off or, after the configured attempts, the article marked failed (still stored). Runs
 * {@code newsgraph.analysis.workers} threads; each leases its own batch ({@code FOR UPDATE SKIP LOCKED}) and
 * gives back the jobs it has not started when the instance stops.
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
    private final List<Thread> threads = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        if (!config.analysis().workerEnabled()) {
            LOG.info("Background analysis worker disabled on this instance");
            return;
        }
        running = true;
        int count = workerCount();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(this::loop, "analysis-worker-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.infof("Background analysis: %d worker thread(s)", count);
    }

    int workerCount() {
        int configured = config.analysis().workers().orElse(Runtime.getRuntime().availableProcessors());
        return Math.max(1, configured);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
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
                // A worker thread must survive anything short of the JVM failing.
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
