package org.newsgraph.pipeline;

import java.util.List;

/**
 * The analysis, in order. Each analyzer adds one layer to the document; see {@link PipelineFactory}
 * for the list the service runs.
 */
public final class AnalysisPipeline {
    /** Bumped whenever the analyzers change what they produce, so stored results can be re-analyzed. */
    public static final int VERSION = 1;

    private final List<Analyzer> analyzers;

    public AnalysisPipeline(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    public Document run(Document document) {
        for (Analyzer analyzer : analyzers) {
            analyzer.analyze(document);
        }
        return document;
    }

    public List<Analyzer> analyzers() {
        return analyzers;
    }
}
