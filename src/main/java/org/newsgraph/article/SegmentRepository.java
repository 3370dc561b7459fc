package org.newsgraph.article;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.newsgraph.analysis.document.Segment;

/** Language runs of analyzed articles ({@code article_segment}): part of the article store, read with the article. */
@ApplicationScoped
public class SegmentRepository {
    @Inject
    EntityManager em;

    public void replace(long articleId, List<Segment> segments) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("delete from article_segment where article_id = ?")) {
                st.setLong(1, articleId);
                st.executeUpdate();
            }
            if (segments.isEmpty()) {
                return;
            }
            try (PreparedStatement st = c.prepareStatement("""
                    insert into article_segment (article_id, ordinal, start_offset, end_offset, language, script, confidence)
                    select ?, g.ord - 1, g.s, g.e, g.language, g.script, g.confidence
                    from unnest(?::int4[], ?::int4[], ?::text[], ?::text[], ?::float8[])
                         with ordinality as g(s, e, language, script, confidence, ord)""")) {
                st.setLong(1, articleId);
                st.setArray(2, c.createArrayOf("int4", segments.stream().map(Segment::start).toArray()));
                st.setArray(3, c.createArrayOf("int4", segments.stream().map(Segment::end).toArray()));
                st.setArray(4, c.createArrayOf("text", segments.stream().map(Segment::language).toArray()));
                st.setArray(5, c.createArrayOf("text", segments.stream().map(Segment::script).toArray()));
                st.setArray(6, c.createArrayOf("float8", segments.stream().map(Segment::confidence).toArray()));
                st.executeUpdate();
            }
        });
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
