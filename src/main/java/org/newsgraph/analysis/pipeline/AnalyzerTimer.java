package org.newsgraph.analysis.pipeline;

import org.newsgraph.analysis.document.Analyzer;

/** Told how long each analyzer took on a document; lets a service measure the pipeline without the core knowing how. */
@FunctionalInterface
public interface AnalyzerTimer {
    AnalyzerTimer NONE = (analyzer, nanos) -> {};

    void record(Analyzer analyzer, long nanos);
}
