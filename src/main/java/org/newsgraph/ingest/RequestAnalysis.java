package org.newsgraph.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.article.NewArticle;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.error.DeadlineExceededException;
import org.newsgraph.ingest.AnalysisService.Analysis;

/**
 * The analysis a request waits for, bounded by {@code newsgraph.limits.request-deadline}. The HTTP layer
 * closes a connection that has been silent for {@code quarkus.http.idle-timeout}, so a request whose analysis
 * ran longer would end in an empty reply; here the request thread waits at most until its deadline and then
 * answers (the caller decides how: queue the analysis, or 503). The abandoned analysis is interrupted and
 * stops at its next analyzer.
 */
@ApplicationScoped
public class RequestAnalysis {
    /** What a client whose analysis ran out of time is asked to wait: the service was busy or the text long. */
    public static final long RETRY_AFTER_SECONDS = 30;

    @Inject
    AnalysisService analysis;
    @Inject
    NewsgraphConfig config;

    private final AtomicInteger threads = new AtomicInteger();
    /**
     * Unbounded, as the request threads that wait on it are bounded already (one analysis each); a thread
     * lives on only as long as its analysis, which its deadline and the interrupt cut short.
     */
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "request-analysis-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** A deadline starting now: call once the request body is read. */
    public Deadline start() {
        return new Deadline(System.nanoTime() + config.limits().requestDeadline().toNanos(), config.limits().requestDeadline());
    }

    /** The analysis of a text, or {@link DeadlineExceededException} once the deadline passes. */
    public Analysis analyze(Deadline deadline, String title, String body, String declaredLanguage) {
        return within(deadline, () -> analysis.analyze(title, body, declaredLanguage, true));
    }

    /**
     * A raw text as the article to store (its title read by the pipeline's metadata step, which takes seconds
     * on a long text), or {@link DeadlineExceededException}. The abandoned step runs to its end: it is one
     * analyzer.
     */
    public NewArticle rawTextArticle(Deadline deadline, String text) {
        return within(deadline, () -> analysis.rawTextArticle(text));
    }

    private <T> T within(Deadline deadline, Callable<T> work) {
        Future<T> running = executor.submit(work);
        try {
            return running.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new DeadlineExceededException("The analysis did not finish within " + describe(deadline.limit())
                    + " (the service is busy or the text very long); retry after " + RETRY_AFTER_SECONDS
                    + " s or send a shorter text.", RETRY_AFTER_SECONDS);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for an analysis");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : Math.round(duration.toMillis() / 1000.0) + " s";
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** When a request must have its answer, {@code at} in {@link System#nanoTime()}'s terms. */
    public record Deadline(long at, Duration limit) {
        public long remainingNanos() {
            return at - System.nanoTime();
        }

        public boolean passed() {
            return remainingNanos() <= 0;
        }
    }
}
