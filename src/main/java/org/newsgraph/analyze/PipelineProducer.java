package org.newsgraph.analyze;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.pipeline.PipelineFactory;
import org.newsgraph.config.NewsgraphConfig;

/**
 * Gives the service the same pipeline tests and benchmarks build with {@link PipelineFactory}, loaded at
 * start-up (language models, knowledge base) so the first request does not pay for it. The knowledge base is
 * the one {@link org.newsgraph.entity.KnowledgeBaseProducer} loads, shared with the entity service.
 */
@ApplicationScoped
public class PipelineProducer {
    private static final Logger LOG = Logger.getLogger(PipelineProducer.class);

    @Produces
    @Singleton
    AnalysisPipeline pipeline(NewsgraphConfig config, KnowledgeBase kb) {
        long t0 = System.nanoTime();
        AnalysisPipeline pipeline = config.analysis().languages()
                .map(languages -> PipelineFactory.standard(kb, languages))
                .orElseGet(() -> PipelineFactory.standard(kb));
        LOG.infof("Analysis pipeline loaded in %d ms: %s", (System.nanoTime() - t0) / 1_000_000,
                pipeline.analyzers().stream().map(a -> a.getClass().getSimpleName()).toList());
        return pipeline;
    }

    void loadAtStartup(@Observes StartupEvent event, AnalysisPipeline pipeline) {
        pipeline.analyzers();
    }
}
