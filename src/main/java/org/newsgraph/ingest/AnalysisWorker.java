package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.newsgraph.api.DatabaseUnavailable;
import org.newsgraph.api.OutageLog;
import org.newsgraph.article.Article;
import org.newsgraph.config.NewsgraphConfig;

/**
 * Takes jobs from the durable analysis queue in the background: analyzes each article, stores the results
 * and links it. {@link ArticleLifecycle} leases the jobs and decides what a failure means: a retry after a
 * back-off or, after the configured attempts, the article marked failed (still stored). Runs
 * {@code newsgraph.analysis.workers} threads; each leases its own batch ({@code FOR UPDATE SKIP LOCKED}) and
 * gives back the jobs it has not started when the instance stops. Leases are short and renewed while held, so
 * the jobs of an instance that died come back within {@link ArticleLifecycle#LEASE_SECONDS}; work cut short by
 * a database outage is tried again as soon as the database answers, without using up the article's attempts.
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
    NewsgraphConfig config;
    @Inject
    ArticleLinker linker;
    @Inject
    IngestMetrics metrics;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workArrived = lock.newCondition();
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();
    /** Jobs leased by this instance's threads and not yet finished; guarded by itself. */
    private final Set<AnalysisJob> held = new HashSet<>();
    private ScheduledExecutorService leaseRenewal;
    /** Shared by the worker threads: an outage is reported once, not once per thread. */
    private final OutageLog outage = new OutageLog(LOG, "Background analysis");
    private final OutageLog renewalOutage = new OutageLog(LOG, "Lease renewal");

    void start(@Observes StartupEvent event) {
        if (!config.analysis().workerEnabled()) {
            LOG.info("Background analysis worker disabled on this instance");
            return;
        }
        running = true;
        leaseRenewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "analysis-lease-renewal");
            thread.setDaemon(true);
            return thread;
        });
        leaseRenewal.scheduleWithFixedDelay(this::renewLeases, ArticleLifecycle.LEASE_RENEWAL_SECONDS,
                ArticleLifecycle.LEASE_RENEWAL_SECONDS, TimeUnit.SECONDS);
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
        if (leaseRenewal != null) {
            leaseRenewal.shutdownNow();
        }
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
        // Jobs of a batch cut short by a database failure: given back as soon as the database answers again,
        // rather than left until their lease ends.
        List<AnalysisJob> unreleased = new ArrayList<>();
        while (running) {
            List<AnalysisJob> jobs = List.of();
            // Finished jobs, removed from the queue together at the end of the batch (held, so renewed, till then).
            List<AnalysisJob> done = new ArrayList<>();
            int next = 0;
            try {
                if (!unreleased.isEmpty()) {
                    lifecycle.release(unreleased);
                    unreleased.clear();
                }
                List<ArticleLifecycle.Leased> leased = lifecycle.leaseWithArticles(BATCH);
                jobs = leased.stream().map(ArticleLifecycle.Leased::job).toList();
                outage.available();
                if (jobs.isEmpty()) {
                    idle();
                    continue;
                }
                synchronized (held) {
                    held.addAll(jobs);
                }
                for (; next < jobs.size(); next++) {
                    if (!running) {
                        // Stopping: the jobs not started go back now rather than when their lease ends.
                        lifecycle.release(jobs.subList(next, jobs.size()));
                        break;
                    }
                    if (process(leased.get(next).job(), leased.get(next).article())) {
                        done.add(jobs.get(next));
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // A worker thread must survive anything short of the JVM failing.
                unreleased.addAll(jobs.subList(Math.min(next, jobs.size()), jobs.size()));
                if (!outage.unavailable(e)) {
                    LOG.warnf("Analysis worker iteration failed; retrying shortly: %s", e);
                }
                idle();
            } finally {
                completeDone(done);
                letGo(jobs);
            }
        }
    }

    /**
     * Removes the finished jobs from the queue; when the database is away they come back after their lease
     * and are done once more, which is harmless (linking replaces the earlier one).
     */
    private void completeDone(List<AnalysisJob> done) {
        try {
            lifecycle.completeAll(done);
        } catch (RuntimeException e) {
            if (!outage.unavailable(e)) {
                LOG.warnf("Completing analysis jobs failed; they are done again after their lease: %s", e);
            }
        }
    }

    /** Renews the leases of the jobs the worker threads hold, so only a dead worker's jobs come back. */
    private void renewLeases() {
        synchronized (held) {
            if (held.isEmpty()) {
                return;
            }
            try {
                lifecycle.renew(List.copyOf(held));
                renewalOutage.available();
            } catch (RuntimeException e) {
                // The database is away; a job whose lease ends meanwhile may be worked twice, which is harmless.
                if (!renewalOutage.unavailable(e)) {
                    LOG.warnf("Lease renewal failed: %s", e);
                }
            }
        }
    }

    /** The job's lease is no longer renewed; before its outcome is written, so a renewal cannot overwrite it. */
    private void letGo(Collection<AnalysisJob> jobs) {
        synchronized (held) {
            held.removeAll(jobs);
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

    /**
     * Analyzes and links the job's article (null: deleted); each step is its own transaction. Returns whether
     * the job is done (the caller completes it); a failure is recorded here, as a retry or the article failed.
     */
    boolean process(AnalysisJob job, Article article) {
        if (article == null) {
            return false; // deleted: its job went with it (cascade)
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
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            letGo(List.of(job));
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (DatabaseUnavailable.outage(e)) {
                outage.unavailable(e);
                lifecycle.interrupted(job, reason);
            } else {
                lifecycle.failed(job, step, reason);
            }
            return false;
        }
    }
}
