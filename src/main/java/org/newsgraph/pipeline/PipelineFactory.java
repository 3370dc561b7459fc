package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.MentionResolver;
import org.newsgraph.entity.NameFinderRecognizer;
import org.newsgraph.entity.NewsNerRules;

/**
 * The whole analysis in one place: which analyzers run, in which order. Plain Java, so tests and
 * benchmarks build the same pipeline the service runs.
 */
public final class PipelineFactory {
    private PipelineFactory() {}

    public static AnalysisPipeline standard() {
        List<Analyzer> analyzers = new ArrayList<>();
        // entities: statistical name finder, news rules (also filter the model's spans), overlap resolution
        analyzers.add(new NameFinderRecognizer());
        analyzers.add(new NewsNerRules());
        analyzers.add(new MentionResolver());
        return new AnalysisPipeline(analyzers);
    }
}
