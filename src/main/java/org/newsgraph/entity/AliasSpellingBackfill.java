package org.newsgraph.entity;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Gives aliases stored before migration V7, and Cyrillic ones stored before V8, their spelling key ({@link NameCloseness#spelling}), which only Java
 * can compute (ICU romanization), so that entity search finds them by spelling too. Runs at startup in small
 * transactions until none is left; idempotent, so instances sharing a database may run it together. New aliases
 * get their key when inserted ({@link EntityRepository#addAlias}).
 */
@ApplicationScoped
public class AliasSpellingBackfill {
    private static final Logger LOG = Logger.getLogger(AliasSpellingBackfill.class);
    private static final int BATCH = 1_000;

    @Inject
    EntityManager em;
    @Inject
    AliasSpellingBackfill self;

    void onStart(@Observes StartupEvent event) {
        long total = 0;
        for (int done; (done = self.fillBatch()) > 0; ) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("Entity search: spelling keys computed for %d stored aliases", total);
        }
    }

    /** Fills one batch of aliases without a spelling key; the number filled. */
    @Transactional
    public int fillBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, name from entity_alias where spelling is null order by id limit :limit
                for update skip locked""").setParameter("limit", BATCH).getResultList();
        for (Object[] r : rows) {
            em.createNativeQuery("update entity_alias set spelling = :spelling where id = :id")
                    .setParameter("spelling", NameCloseness.spelling((String) r[1]))
                    .setParameter("id", ((Number) r[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }
}
