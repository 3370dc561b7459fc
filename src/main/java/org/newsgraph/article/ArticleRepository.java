package org.newsgraph.article;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Segment;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.db.Jdbc;

/**
 * The article store ({@code article}): the entity for reading and for the fields analysis fills in, native
 * SQL here for what JPA cannot say (insert-if-absent, search vector, keyset pages, the SQL-owned statuses).
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {
    @Inject
    AgroalDataSource dataSource;

    /**
     * Inserts unless an article with the same URL or content hash exists (the unique constraints decide,
     * so concurrent requests cannot both insert). Returns the new id, or empty when it already existed.
     */
    public Optional<Long> insertIfAbsent(NewArticle a) {
        return insertIfAbsent(a, null);
    }

    /** As {@link #insertIfAbsent(NewArticle)}, for an article of a bulk import (null: none). */
    public Optional<Long> insertIfAbsent(NewArticle a, Long importId) {
        List<?> ids = getEntityManager().createNativeQuery("""
                insert into article (url, content_hash, title, body, source, published_at, published_raw,
                                     published_calendar, declared_language, analysis_status, import_id)
                values (:url, :hash, :title, :body, :source, cast(cast(:publishedAt as text) as timestamptz), :publishedRaw,
                        :publishedCalendar, :declaredLanguage, 'pending',
                        cast(cast(:importId as text) as bigint))
                on conflict do nothing
                returning id""")
                .setParameter("url", a.url())
                .setParameter("hash", a.contentHash())
                .setParameter("title", a.title())
                .setParameter("body", a.body())
                .setParameter("source", a.source())
                // As text: Hibernate binds java.time through java.sql.Timestamp, whose Julian calendar shifts dates before 1582.
                .setParameter("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString())
                .setParameter("publishedRaw", a.publishedRaw())
                .setParameter("publishedCalendar", a.publishedCalendar())
                .setParameter("declaredLanguage", a.declaredLanguage())
                .setParameter("importId", importId == null ? null : importId.toString())
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /**
     * Records an analysis on the article in one statement: detected language, the publication date and source
     * the text gives when the sender gave none, the full-text vector (folded in Java: ICU), and the analyzed
     * state of this version of the analysis, clearing an earlier failure. False when the article is gone.
     */
    public boolean recordAnalysis(long id, String title, String body, LanguageGuess language, DateMention dateline,
                                  String source, int analysisVersion) {
        boolean dated = dateline != null && dateline.startDate() != null;
        String alternatives;
        try {
            alternatives = language.alternatives() == null ? null : JSON.writeValueAsString(language.alternatives());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Language alternatives did not serialize", e);
        }
        // The right-hand sides read the row as it was, so the date's text and calendar go with the date it sets.
        List<?> updated = getEntityManager().createNativeQuery("""
                update article set language = :language, script = :script, language_confidence = :confidence,
                    language_alternatives = cast(:alternatives as jsonb),
                    published_raw = case when published_at is null and :dated then :publishedRaw else published_raw end,
                    published_calendar = case when published_at is null and :dated
                                              then :publishedCalendar else published_calendar end,
                    published_at = case when published_at is null and :dated
                                        then cast(cast(:publishedAt as text) as timestamptz) else published_at end,
                    source = coalesce(source, :source),
                    search = setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body),
                    analysis_status = :status, analysis_version = :version, analysis_error = null, updated_at = now()
                where id = :id
                returning id""")
                .setParameter("language", language.language())
                .setParameter("script", language.script())
                .setParameter("confidence", language.confidence())
                .setParameter("alternatives", alternatives)
                .setParameter("dated", dated)
                .setParameter("publishedRaw", dated ? dateline.text() : null)
                .setParameter("publishedCalendar", dated ? dateline.calendar() : null)
                .setParameter("publishedAt",
                        dated ? dateline.startDate().atStartOfDay().atOffset(ZoneOffset.UTC).toString() : null)
                .setParameter("source", source)
                .setParameter("title", TextNormalizer.searchText(title))
                .setParameter("body", TextNormalizer.searchText(body))
                .setParameter("status", ArticleState.ANALYZED.analysisStatus())
                .setParameter("version", analysisVersion)
                .setParameter("id", id)
                .getResultList();
        return !updated.isEmpty();
    }

    /**
     * The article is linked and in {@code storyId}: both in one statement; setting the story also moves
     * {@code updated_at}, so the ETag changes with the {@code storyId} the article shows.
     */
    public void setLinked(long id, long storyId) {
        getEntityManager().createNativeQuery("""
                        update article set story_id = :story, link_status = :status, updated_at = now()
                        where id = :id""")
                .setParameter("story", storyId)
                .setParameter("status", ArticleState.LINKED.linkStatus())
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Sets {@code link_status}, which the entity leaves to SQL so a flush never writes back a stale value. */
    public void setLinkStatus(long id, ArticleState state) {
        getEntityManager().createNativeQuery("update article set link_status = :status where id = :id")
                .setParameter("status", state.linkStatus())
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Marks the analysis failed with its reason, keeping any earlier results (and linking) of the article. */
    public void setAnalysisFailed(long id, String reason) {
        getEntityManager().createNativeQuery("""
                        update article set analysis_status = :status, analysis_error = :reason, updated_at = now()
                        where id = :id""")
                .setParameter("status", ArticleState.ANALYSIS_FAILED.analysisStatus())
                .setParameter("reason", reason)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The article's state as its two status columns tell it; empty when there is no such article. */
    public Optional<ArticleState> state(long id) {
        List<?> rows = getEntityManager().createNativeQuery("select analysis_status, link_status from article where id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(ArticleState.of((String) row[0], (String) row[1]));
    }

    /** The article stored under this URL, else under this content hash. */
    public Optional<Article> findExisting(String url, String contentHash) {
        if (url != null) {
            Optional<Article> byUrl = find("url", url).firstResultOptional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** Ids of one page, newest first (id descending: a stable order for keyset paging). */
    public List<Long> pageIds(ArticleFilter filter, Long after, int limit) {
        return pageIds(filter, after, limit, null);
    }

    /** As {@link #pageIds(ArticleFilter, Long, int)}; a search's first window spans {@code firstSearchWindow} ids, when given. */
    List<Long> pageIds(ArticleFilter filter, Long after, int limit, Long firstSearchWindow) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.language() != null) {
            where.append(" and language = :language");
            params.put("language", filter.language());
        }
        if (filter.source() != null) {
            where.append(" and lower(source) = lower(:source)");
            params.put("source", filter.source());
        }
        if (filter.from() != null) {
            where.append(" and published_at >= :from");
            params.put("from", filter.from().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and published_at < :to");
            params.put("to", filter.to().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.query() != null) {
            where.append(" and search @@ plainto_tsquery('simple', :query)");
            params.put("query", TextNormalizer.searchText(filter.query()));
            SqlConditions conditions = SqlConditions.of(where.toString(), params);
            return jdbc(c -> ArticleSearchWindows.pageIds(c, conditions, after, limit, firstSearchWindow));
        }
        if (after != null) {
            where.append(" and id < :after");
            params.put("after", after);
        }
        params.put("limit", limit);
        return ids("select id from article where " + where + " order by id desc limit :limit", params);
    }

    private List<Long> ids(String sql, Map<String, Object> params) {
        SqlConditions query = SqlConditions.of(sql, params);
        return jdbc(c -> {
            try (PreparedStatement st = c.prepareStatement(query.sql())) {
                query.bind(st, 1);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Plain JDBC on a connection of the pool (see {@link Jdbc}): outside a transaction, a read in autocommit. */
    private <T> T jdbc(Jdbc.Work<T> work) {
        return Jdbc.work(dataSource, e -> new IllegalStateException("Reading articles failed: " + e.getMessage(), e), work);
    }

    /** An article as a list of another thing's articles shows it. */
    public record Brief(long id, String title, String language, OffsetDateTime publishedAt) {}

    /**
     * Id, title, language and publication time of the articles with these ids, in the order of the ids: only the
     * columns shown, so no body is read and no entity loaded.
     */
    public List<Brief> briefs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Brief> byId = jdbc(c -> {
            Map<Long, Brief> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(
                    "select id, title, language, published_at from article where id = any(?)")) {
                st.setArray(1, c.createArrayOf("int8", ids.toArray()));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        out.put(id, new Brief(id, r.getString(2), r.getString(3), Jdbc.utc(r, 4)));
                    }
                }
            }
            return out;
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The articles with these ids as the API shows them, with their language runs, in the order of the ids:
     * one statement, and no entity is loaded, so a read pays for no persistence context, dirty check or flush.
     */
    public List<ArticleView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleView> byId = jdbc(c -> {
            Map<Long, ArticleView> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select a.id, a.url, a.title, a.body, a.source, a.published_at, a.published_raw, a.published_calendar,
                           a.language, a.script, a.language_confidence, a.language_alternatives::text, a.ingested_at,
                           a.updated_at, a.analysis_status, a.analysis_version, a.story_id,
                           (select json_agg(json_build_array(s.start_offset, s.end_offset, s.language, s.script, s.confidence)
                                            order by s.ordinal)::text
                            from article_segment s where s.article_id = a.id)
                    from article a where a.id = any(?)""")) {
                st.setArray(1, c.createArrayOf("int8", ids.toArray()));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        String title = r.getString(3);
                        String body = r.getString(4);
                        ArticleText text = ArticleText.of(title, body);
                        List<ArticleView.SegmentView> segments = readJson(r.getString(18), SEGMENT_ROWS,
                                List.<List<Object>>of()).stream()
                                .map(g -> ArticleView.SegmentView.of(text, new Segment(((Number) g.get(0)).intValue(),
                                        ((Number) g.get(1)).intValue(), (String) g.get(2), (String) g.get(3),
                                        ((Number) g.get(4)).doubleValue())))
                                .toList();
                        out.put(id, new ArticleView(id, r.getString(2), title, body, r.getString(5), Jdbc.utc(r, 6),
                                r.getString(7), r.getString(8), r.getString(9), r.getString(10), nullable(r, r.getDouble(11)),
                                readJson(r.getString(12), ALTERNATIVES, List.of()), segments, Jdbc.utc(r, 13), Jdbc.utc(r, 14),
                                r.getString(15), nullable(r, r.getInt(16)), nullable(r, r.getLong(17))));
                    }
                }
            }
            return out;
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The value just read, or null when the column was SQL null. */
    private static <T> T nullable(ResultSet r, T value) throws SQLException {
        return r.wasNull() ? null : value;
    }

    /** Reads the JSON columns: a plain mapper, as they are not the API's JSON. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<LanguageGuess.Alternative>> ALTERNATIVES = new TypeReference<>() {};
    private static final TypeReference<List<List<Object>>> SEGMENT_ROWS = new TypeReference<>() {};

    private static <T> T readJson(String json, TypeReference<T> type, T whenNull) {
        if (json == null) {
            return whenNull;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Summaries of the articles with these ids, in the order of the ids: the body only when asked for, else
     * just its opening for the snippet; entity and cross-reference counts from their tables' keys.
     */
    public List<ArticleSummary> summaries(List<Long> ids, boolean withBody) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleSummary> byId = jdbc(c -> {
            Map<Long, ArticleSummary> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select a.id, a.url, a.title, case when ? then a.body else left(a.body, ?) end,
                           a.source, a.published_at, a.published_calendar, a.language, a.script, a.ingested_at,
                           a.analysis_status, a.story_id,
                           (select count(distinct m.entity_id) from mention m where m.article_id = a.id),
                           (select count(*) from xref x where x.article_a = a.id)
                             + (select count(*) from xref x where x.article_b = a.id)
                    from article a where a.id = any(?)""")) {
                st.setBoolean(1, withBody);
                st.setInt(2, ArticleSummary.OPENING_LENGTH);
                st.setArray(3, c.createArrayOf("int8", ids.toArray()));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        String body = r.getString(4);
                        out.put(id, new ArticleSummary(id, r.getString(2), r.getString(3), ArticleSummary.snippet(body),
                                withBody ? body : null, r.getString(5), Jdbc.utc(r, 6), r.getString(7), r.getString(8),
                                r.getString(9), Jdbc.utc(r, 10), r.getString(11), nullable(r, r.getLong(12)),
                                r.getInt(13), r.getInt(14)));
                    }
                }
            }
            return out;
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Detected languages with their article counts, most articles first. */
    public List<Object[]> languageCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select language, count(*) from article where language is not null
                group by language order by count(*) desc, language""").getResultList();
        return rows;
    }
}
