package org.newsgraph.analysis.entity;

import java.util.Set;

/** One knowledge base for all entity tests, with CLDR names of the news languages only (loads in ~1 s). */
final class KnowledgeBaseTestSupport {
    private KnowledgeBaseTestSupport() {}

    private static final class Holder {
        static final KnowledgeBase KB = KnowledgeBase.load(Set.of("fa", "ar", "az", "tr", "ru", "en", "fr", "ur"));
    }

    static KnowledgeBase kb() {
        return Holder.KB;
    }
}
