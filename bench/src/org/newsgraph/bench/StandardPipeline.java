package org.newsgraph.bench;

import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.entity.KnowledgeBaseOptions;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.pipeline.PipelineFactory;

/** The service's default pipeline for benchmarks, over one knowledge base (every ICU locale) loaded once per run. */
final class StandardPipeline {
    private StandardPipeline() {}

    private static final class Holder {
        static final KnowledgeBase KB = KnowledgeBase.load(KnowledgeBaseOptions.allLocales());
    }

    static KnowledgeBase knowledgeBase() {
        return Holder.KB;
    }

    /** {@link PipelineFactory#standard(KnowledgeBase)} over {@link #knowledgeBase()}. */
    static AnalysisPipeline build() {
        return PipelineFactory.standard(knowledgeBase());
    }
}
