package org.newsgraph.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.newsgraph.config.NewsgraphConfig;

/** Gives the service the same pipeline tests and benchmarks build with {@link PipelineFactory}. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    AnalysisPipeline pipeline(NewsgraphConfig config) {
        return PipelineFactory.standard();
    }
}
