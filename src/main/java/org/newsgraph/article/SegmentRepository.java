package org.newsgraph.article;

import java.sql.PreparedStatement;
import java.util.List;

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
}
