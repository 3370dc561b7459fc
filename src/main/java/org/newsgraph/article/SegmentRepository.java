package org.newsgraph.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.newsgraph.analysis.document.Segment;

/** Language runs of analyzed articles ({@code article_segment}): part of the article store, read with the article. */
@ApplicationScoped
public class SegmentRepository {
    @Inject
    EntityManager em;

    public void replace(long articleId, List<Segment> segments) {
        em.createNativeQuery("delete from article_segment where article_id = :id").setParameter("id", articleId).executeUpdate();
        int ordinal = 0;
        for (Segment s : segments) {
            em.createNativeQuery("""
                    insert into article_segment (article_id, ordinal, start_offset, end_offset, language, script, confidence)
                    values (:id, :ordinal, :start, :end, :language, :script, :confidence)""")
                    .setParameter("id", articleId)
                    .setParameter("ordinal", ordinal++)
                    .setParameter("start", s.start())
                    .setParameter("end", s.end())
                    .setParameter("language", s.language())
                    .setParameter("script", s.script())
                    .setParameter("confidence", s.confidence())
                    .executeUpdate();
        }
    }

    /** Segments of these articles, by article id, in text order. */
    public Map<Long, List<Segment>> forArticles(List<Long> articleIds) {
        Map<Long, List<Segment>> result = new HashMap<>();
        if (articleIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select article_id, start_offset, end_offset, language, script, confidence
                from article_segment where article_id in (:ids) order by article_id, ordinal""")
                .setParameter("ids", articleIds)
                .getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Segment(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                            ((Number) r[5]).doubleValue()));
        }
        return result;
    }
}
