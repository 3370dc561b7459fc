package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole analysis in one place: which analyzers run, in which order. Plain Java, so tests and
 * benchmarks build the same pipeline the service runs.
 */
public final class PipelineFactory {
    private PipelineFactory() {}

    public static AnalysisPipeline standard() {
        List<Analyzer> analyzers = new ArrayList<>();
        return new AnalysisPipeline(analyzers);
    }
}
