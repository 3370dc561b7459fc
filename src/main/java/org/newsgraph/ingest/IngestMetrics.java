package org.newsgraph.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.pipeline.AnalyzerTimer;

/**
 * Ingestion's meters: articles through each transition (counted by {@link ArticleLifecycle}, inside the
 * transition's transaction, so a rolled-back one may be counted: these are rates, the store has the truth),
 * and the time of each analyzer and of linking as histograms.
 */
@ApplicationScoped
public class IngestMetrics implements AnalyzerTimer {
    @Inject
    MeterRegistry registry;

    private final Map<Class<?>, Timer> analyzerTimers = new ConcurrentHashMap<>();
    private volatile Counter ingested;
    private volatile Counter analyzed;
    private volatile Counter linked;
    private final Map<ArticleLifecycle.Step, Counter> failed = new ConcurrentHashMap<>();
    private volatile Timer linking;

    void ingested() {
        if (ingested == null) {
            ingested = Counter.builder("newsgraph.articles.ingested").description("Articles stored").register(registry);
        }
        ingested.increment();
    }

    void analyzed() {
        if (analyzed == null) {
            analyzed = Counter.builder("newsgraph.articles.analyzed").description("Analyses stored").register(registry);
        }
        analyzed.increment();
    }

    void linked() {
        if (linked == null) {
            linked = Counter.builder("newsgraph.articles.linked").description("Linking steps stored").register(registry);
        }
        linked.increment();
    }

    void failed(ArticleLifecycle.Step step) {
        failed.computeIfAbsent(step, s -> Counter.builder("newsgraph.articles.failed")
                .description("Articles marked failed after their last attempt")
                .tag("step", s.name().toLowerCase()).register(registry)).increment();
    }

    /** Times one linking step. */
    <T> T timeLinking(Supplier<T> step) {
        if (linking == null) {
            linking = Timer.builder("newsgraph.linking.duration").description("Time to link one article")
                    .publishPercentileHistogram().register(registry);
        }
        return linking.record(step);
    }

    @Override
    public void record(Analyzer analyzer, long nanos) {
        analyzerTimers.computeIfAbsent(analyzer.getClass(), type -> Timer.builder("newsgraph.analyzer.duration")
                .description("Time one analyzer takes on one article")
                .tag("analyzer", type.getSimpleName()).publishPercentileHistogram().register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
