package org.newsgraph.analysis.entity;

import java.util.Set;

import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.pipeline.PipelineFactory;

/**
 * Knowledge bases for tests, each loaded at most once per test JVM (a load takes seconds, tens of seconds with
 * every locale): a small one for the entity unit tests and the service's default one for pipeline tests.
 */
public final class KnowledgeBaseTestSupport {
    private KnowledgeBaseTestSupport() {}

    private static final class NewsLanguages {
        static final KnowledgeBase KB = KnowledgeBase.load(Set.of("fa", "ar", "az", "tr", "ru", "en", "fr", "ur"));
    }

    private static final class AllLocales {
        static final KnowledgeBase KB = KnowledgeBase.load(KnowledgeBaseOptions.allLocales());
    }

    /** CLDR names of the news languages only (loads in ~1 s). */
    public static KnowledgeBase kb() {
        return NewsLanguages.KB;
    }

    /** CLDR names of every ICU locale: what the service loads by default. */
    public static KnowledgeBase allLocales() {
        return AllLocales.KB;
    }

    /** {@link PipelineFactory#standard(KnowledgeBase)} over {@link #allLocales()}: the service's pipeline. */
    public static AnalysisPipeline standardPipeline() {
        return PipelineFactory.standard(allLocales());
    }
}
