package org.newsgraph.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.entity.KnowledgeBaseOptions;
import org.newsgraph.config.NewsgraphConfig;

/**
 * Loads the knowledge base once, from {@code newsgraph.analysis.kb-languages} and {@code kb-cache-dir}, for the
 * analysis pipeline and the entity service alike (both must resolve the same entity ids).
 */
@ApplicationScoped
public class KnowledgeBaseProducer {
    private static final Logger LOG = Logger.getLogger(KnowledgeBaseProducer.class);

    @Produces
    @Singleton
    KnowledgeBase knowledgeBase(NewsgraphConfig config) {
        long t0 = System.nanoTime();
        KnowledgeBaseOptions options = KnowledgeBaseOptions.allLocales();
        options = config.analysis().kbLanguages().map(options::withCldrLanguages).orElse(options);
        options = config.analysis().kbCacheDir().map(options::withCldrCacheDir).orElse(options);
        KnowledgeBase kb = KnowledgeBase.load(options);
        LOG.infof("Knowledge base loaded in %d ms: %d entities, %d aliases (CLDR languages: %s)",
                (System.nanoTime() - t0) / 1_000_000, kb.entityCount(), kb.aliasCount(),
                options.cldrLanguages().isEmpty() ? "all" : options.cldrLanguages());
        return kb;
    }
}
