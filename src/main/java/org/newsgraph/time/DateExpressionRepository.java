package org.newsgraph.time;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    public void replace(long articleId, List<DateMention> dates) {
        em.createNativeQuery("delete from date_expression where article_id = :id").setParameter("id", articleId).executeUpdate();
        int ordinal = 0;
        for (DateMention d : dates) {
            em.createNativeQuery("""
                    insert into date_expression (article_id, ordinal, start_offset, end_offset, surface, calendar, start_date, end_date)
                    values (:id, :ordinal, :start, :end, :surface, :calendar, :startDate, :endDate)""")
                    .setParameter("id", articleId)
                    .setParameter("ordinal", ordinal++)
                    .setParameter("start", d.start())
                    .setParameter("end", d.end())
                    .setParameter("surface", d.text())
                    .setParameter("calendar", d.calendar())
                    .setParameter("startDate", d.startDate())
                    .setParameter("endDate", d.endDate())
                    .executeUpdate();
        }
    }
}
