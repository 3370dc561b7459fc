package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.ingest.RawTextMetadataAnalyzer;
import org.newsgraph.text.NumberAnalyzer;
import org.newsgraph.time.DateAnalyzer;

/**
 * The whole analysis in one place: which analyzers run, in which order. Plain Java, so tests and
 * benchmarks build the same pipeline the service runs.
 */
public final class PipelineFactory {
    private PipelineFactory() {}

    public static AnalysisPipeline standard() {
        List<Analyzer> analyzers = new ArrayList<>();
        // dates before metadata (which reads them) and numbers (which skip digits inside dates)
        DateAnalyzer dates = new DateAnalyzer();
        analyzers.add(dates);
        analyzers.add(new RawTextMetadataAnalyzer(dates));
        analyzers.add(new NumberAnalyzer());
        return new AnalysisPipeline(analyzers);
    }
}
