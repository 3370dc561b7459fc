package org.newsgraph.metrics;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;
import org.newsgraph.analysis.entity.KnowledgeBase;

/**
 * Sizes of the store as gauges. A scrape reads cached values, refreshed on a schedule: the queue is counted
 * (it drains, so it stays small), big tables are PostgreSQL's own row estimates, so neither a scrape nor a
 * refresh counts millions of rows.
 */
@ApplicationScoped
public class StoreGauges {
    private static final Logger LOG = Logger.getLogger(StoreGauges.class);
    /** Tables estimated below this many rows are counted exactly (cheap at that size). */
    static final long EXACT_BELOW = 100_000;

    private final OutageLog outage = new OutageLog(LOG, "Store gauges");

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    KnowledgeBase knowledgeBase;

    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong stories = new AtomicLong();
    private final AtomicLong links = new AtomicLong();
    private final AtomicLong entities = new AtomicLong();

    void register(@Observes StartupEvent event) {
        Gauge.builder("newsgraph.analysis.queue.depth", queueDepth, AtomicLong::get)
                .description("Articles waiting for analysis or linking").register(registry);
        Gauge.builder("newsgraph.articles", articles, AtomicLong::get)
                .description("Stored articles (estimate)").register(registry);
        Gauge.builder("newsgraph.stories", stories, AtomicLong::get)
                .description("Stories (estimate)").register(registry);
        Gauge.builder("newsgraph.links", links, AtomicLong::get)
                .description("Cross-references between articles (estimate)").register(registry);
        Gauge.builder("newsgraph.entities", entities, AtomicLong::get)
                .description("Entities in the store (estimate)").register(registry);
        Gauge.builder("newsgraph.knowledge.base.entities", knowledgeBase, KnowledgeBase::entityCount)
                .description("Entities in the knowledge base").register(registry);
        Gauge.builder("newsgraph.knowledge.base.aliases", knowledgeBase, KnowledgeBase::aliasCount)
                .description("Aliases in the knowledge base").register(registry);
        refresh();
    }

    @Scheduled(every = "${newsgraph.metrics.refresh-interval:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            read();
            outage.available();
        } catch (RuntimeException e) {
            if (!outage.unavailable(e)) {
                LOG.warn("Refreshing the store gauges failed; they keep their last values", e);
            }
        }
    }

    @Transactional
    void read() {
        queueDepth.set(((Number) em.createNativeQuery("select count(*) from analysis_job").getSingleResult()).longValue());
        articles.set(estimate("article"));
        stories.set(estimate("story"));
        links.set(estimate("xref"));
        entities.set(estimate("entity"));
    }

    /**
     * The planner's row estimate (kept by autovacuum and db/PlannerStatistics; -1 before the first analyze); below {@link #EXACT_BELOW}
     * rows the table is counted instead, since estimates of small, young tables lag far behind.
     */
    private long estimate(String table) {
        Number estimate = (Number) em.createNativeQuery(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = to_regclass(:table)")
                .setParameter("table", table).getResultStream().findFirst().orElse(0L);
        long rows = estimate == null ? 0 : estimate.longValue();
        if (rows >= EXACT_BELOW) {
            return rows;
        }
        // The table name is one of this class's constants, never input.
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
