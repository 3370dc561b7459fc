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
 * start-up (language models, knowledge base) so the first request does not pay for it.
 */
@ApplicationScoped
public class PipelineProducer {
    private static final Logger LOG = Logger.getLogger(PipelineProducer.class);

    @Produces
    @Singleton
    AnalysisPipeline pipeline(NewsgraphConfig config) {
        long t0 = System.nanoTime();
        // The knowledge base is process-wide (analyzers and the entity service share it) and reads this property.
        config.analysis().kbLanguages().ifPresent(
                languages -> System.setProperty(KnowledgeBase.LANGUAGES_PROPERTY, String.join(",", languages)));
        AnalysisPipeline pipeline = config.analysis().languages()
                .map(PipelineFactory::standard)
                .orElseGet(PipelineFactory::standard);
        LOG.infof("Analysis pipeline loaded in %d ms: %s", (System.nanoTime() - t0) / 1_000_000,
                pipeline.analyzers().stream().map(a -> a.getClass().getSimpleName()).toList());
        return pipeline;
    }

    void loadAtStartup(@Observes StartupEvent event, AnalysisPipeline pipeline) {
        pipeline.analyzers();
    }
}
