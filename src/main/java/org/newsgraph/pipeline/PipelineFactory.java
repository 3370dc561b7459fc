package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.EntityLinker;
import org.newsgraph.entity.GazetteerRecognizer;

/**
 * The whole analysis in one place: which analyzers run, in which order. Plain Java, so tests and
 * benchmarks build the same pipeline the service runs.
 */
public final class PipelineFactory {
    private PipelineFactory() {}

    public static AnalysisPipeline standard() {
        List<Analyzer> analyzers = new ArrayList<>();
        // entities: knowledge-base names first; the linker runs last, after every recognizer
        analyzers.add(new GazetteerRecognizer());
        analyzers.add(new EntityLinker());
        return new AnalysisPipeline(analyzers);
    }
}
