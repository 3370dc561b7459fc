package org.newsgraph.analysis.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;

/**
 * The analysis, in order. Each analyzer adds one layer to the document; see {@link PipelineFactory}
 * for the list the service runs. Built only in an order where every analyzer finds the layers it requires.
 */
public final class AnalysisPipeline {
    /** Bumped whenever the analyzers change what they produce, so stored results can be re-analyzed. */
    public static final int VERSION = 1;

    private final List<Analyzer> analyzers;

    /** @throws IllegalArgumentException when an analyzer requires a layer no earlier analyzer produces */
    public AnalysisPipeline(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
        checkOrder(this.analyzers);
    }

    private static void checkOrder(List<Analyzer> analyzers) {
        Set<Layer> present = EnumSet.noneOf(Layer.class);
        for (Analyzer analyzer : analyzers) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(analyzer.requires());
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(analyzer.getClass().getSimpleName() + " requires " + missing
                        + ", which no analyzer before it produces");
            }
            present.addAll(analyzer.produces());
        }
    }

    public Document run(Document document) {
        return run(document, AnalyzerTimer.NONE);
    }

    /** Runs the analyzers, telling {@code timer} how long each took. */
    public Document run(Document document, AnalyzerTimer timer) {
        for (Analyzer analyzer : analyzers) {
            long start = System.nanoTime();
            analyzer.analyze(document);
            timer.record(analyzer, System.nanoTime() - start);
        }
        return document;
    }

    public List<Analyzer> analyzers() {
        return analyzers;
    }
}
