package org.newsgraph.time;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.newsgraph.analysis.document.DateMention;

/** Date expressions found in articles ({@code date_expression}). */
@ApplicationScoped
public class DateExpressionRepository {
    @Inject
    EntityManager em;

    /** The article's dates in text order, offsets into its analyzed text. */
    public List<DateMention> ofArticle(long articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select start_offset, end_offset, surface, calendar, start_date, end_date from date_expression
                where article_id = :id order by ordinal""").setParameter("id", articleId).getResultList();
        return rows.stream().map(r -> new DateMention(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], localDate(r[4]), localDate(r[5]))).toList();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Replaces the article's dates: one delete, one insert of them all. */
    public void replace(long articleId, List<DateMention> dates) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("delete from date_expression where article_id = ?")) {
                st.setLong(1, articleId);
                st.executeUpdate();
            }
            if (dates.isEmpty()) {
                return;
            }
            try (PreparedStatement st = c.prepareStatement("""
                    insert into date_expression (article_id, ordinal, start_offset, end_offset, surface, calendar, start_date, end_date)
                    select ?, d.ord - 1, d.s, d.e, d.surface, d.calendar, d.start_date, d.end_date
                    from unnest(?::int4[], ?::int4[], ?::text[], ?::text[], ?::date[], ?::date[])
                         with ordinality as d(s, e, surface, calendar, start_date, end_date, ord)""")) {
                st.setLong(1, articleId);
                st.setArray(2, c.createArrayOf("int4", dates.stream().map(DateMention::start).toArray()));
                st.setArray(3, c.createArrayOf("int4", dates.stream().map(DateMention::end).toArray()));
                st.setArray(4, c.createArrayOf("text", dates.stream().map(DateMention::text).toArray()));
                st.setArray(5, c.createArrayOf("text", dates.stream().map(DateMention::calendar).toArray()));
                st.setArray(6, c.createArrayOf("text", dates.stream().map(d -> text(d.startDate())).toArray()));
                st.setArray(7, c.createArrayOf("text", dates.stream().map(d -> text(d.endDate())).toArray()));
                st.executeUpdate();
            }
        });
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
