package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.api.Cursor;
import org.newsgraph.db.Jdbc;

/**
 * The SQL of the cross-reference read endpoints (an article's links, stories), on one connection inside the
 * caller's transaction. Everything is keyed; nothing scans all articles.
 */
final class XrefReadStore {
    /** Articles listed per language in a story's detail; the counts are always complete. */
    static final int ARTICLES_PER_LANGUAGE = 100;
    static final int MAIN_KEYS = 20;

    private final Connection c;

    XrefReadStore(Connection connection) {
        this.c = connection;
    }

    /** A story as listed: its id and size (the keys a page of stories is ordered by). */
    record StoryRow(long id, int articleCount) {}

    /** The article's links best first, or empty when there is no such article. */
    Optional<CrossReferences> crossReferences(long articleId, XrefQueries.LinkFilter filter) throws SQLException {
        Long story;
        String status;
        try (PreparedStatement st = c.prepareStatement("select story_id, link_status from article where id = ?")) {
            st.setLong(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long s = rs.getLong(1);
                story = rs.wasNull() ? null : s;
                status = rs.getString(2);
            }
        }
        List<CrossReference> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                select l.other, l.from_a, l.relation, l.score, l.evidence,
                       o.title, o.language, o.published_at
                from (select article_b as other, true as from_a, relation, score, evidence from xref where article_a = ?
                      union all
                      select article_a, false, relation, score, evidence from xref where article_b = ?) l
                join article o on o.id = l.other
                where (?::text is null or l.relation = ?::text) and (?::text is null or o.language = ?::text)
                  and l.score >= ? and (?::float8 is null or (l.score, l.other) < (?::float8, ?::bigint))
                order by l.score desc, l.other desc
                limit ?""")) {
            String relation = filter.relation() == null ? null : filter.relation().label();
            st.setLong(1, articleId);
            st.setLong(2, articleId);
            st.setString(3, relation);
            st.setString(4, relation);
            st.setString(5, filter.language());
            st.setString(6, filter.language());
            st.setDouble(7, filter.minScore());
            Double afterScore = filter.after() == null ? null : filter.after().score();
            Long afterId = filter.after() == null ? null : filter.after().id();
            st.setObject(8, afterScore, java.sql.Types.DOUBLE);
            st.setObject(9, afterScore, java.sql.Types.DOUBLE);
            st.setObject(10, afterId, java.sql.Types.BIGINT);
            // One more than the page: it only says that another page follows.
            st.setInt(11, filter.limit() + 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    CrossReference.ArticleRef other = new CrossReference.ArticleRef(rs.getLong(1), rs.getString(6),
                            rs.getString(7), Jdbc.utc(rs, 8));
                    // The evidence as the database sent it (UTF-8): it goes into the response unparsed.
                    items.add(new CrossReference(other, rs.getString(3), rs.getDouble(4),
                            new StoredEvidence(rs.getBytes(5), rs.getBoolean(2))));
                }
            }
        }
        String next = null;
        if (items.size() > filter.limit()) {
            items = items.subList(0, filter.limit());
            CrossReference last = items.get(items.size() - 1);
            next = Cursor.encode(new Cursor.Scored(last.score(), last.article().id()));
        }
        return Optional.of(new CrossReferences(articleId, story, status, items, next));
    }

    /**
     * Up to {@code limit} stories passing the filter, in the filter's order, after the row {@code after}
     * (null: from the start).
     */
    List<StoryRow> stories(XrefQueries.StoryFilter filter, StoryRow after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("select s.id, s.article_count from story s where s.article_count >= ?");
        List<Object> params = new ArrayList<>(List.of(filter.minArticles()));
        if (filter.language() != null) {
            sql.append(" and exists (select 1 from article a where a.story_id = s.id and a.language = ?)");
            params.add(filter.language());
        }
        if (filter.entity() != null) {
            sql.append(" and s.id in (select a.story_id from article_signal g join article a on a.id = g.article_id"
                    + " where g.key = ?)");
            params.add(ArticleSignals.ENTITY + filter.entity());
        }
        // Stories whose span of publication times overlaps [from, to).
        if (filter.from() != null) {
            sql.append(" and exists (select 1 from article a where a.story_id = s.id and a.published_at >= ?)");
            params.add(filter.from().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and exists (select 1 from article a where a.story_id = s.id and a.published_at < ?)");
            params.add(filter.to().withOffsetSameInstant(ZoneOffset.UTC));
        }
        boolean largest = filter.sort() == XrefQueries.StorySort.LARGEST;
        if (after != null) {
            if (largest) {
                sql.append(" and (s.article_count, s.id) < (?, ?)");
                params.add(after.articleCount());
                params.add(after.id());
            } else {
                sql.append(" and s.id < ?");
                params.add(after.id());
            }
        }
        sql.append(largest ? " order by s.article_count desc, s.id desc" : " order by s.id desc");
        sql.append(" limit ?");
        params.add(limit);
        List<StoryRow> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoryRow(rs.getLong(1), rs.getInt(2)));
                }
            }
        }
        return rows;
    }

    /** A story with its articles per language and main keys, or empty when there is no such story. */
    Optional<Story.Detail> story(long storyId) throws SQLException {
        Story.Summary summary = summaries(List.of(storyId)).get(storyId);
        if (summary == null) {
            return Optional.empty();
        }
        Map<String, List<CrossReference.ArticleRef>> articles = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                select id, title, language, published_at from (
                    select id, title, language, published_at,
                           row_number() over (partition by language order by published_at nulls last, id) as n
                    from article where story_id = ?) ranked
                where n <= ? order by language, n""")) {
            st.setLong(1, storyId);
            st.setInt(2, ARTICLES_PER_LANGUAGE);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String language = rs.getString(3) == null ? "und" : rs.getString(3);
                    articles.computeIfAbsent(language, l -> new ArrayList<>()).add(new CrossReference.ArticleRef(
                            rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.utc(rs, 4)));
                }
            }
        }
        return Optional.of(new Story.Detail(summary.id(), summary.articleCount(), summary.languages(), summary.titles(),
                summary.firstPublished(), summary.lastPublished(), articles,
                keyCounts(storyId, ArticleSignals.ENTITY, 1), keyCounts(storyId, ArticleSignals.WORD, 2)));
    }

    /**
     * Keys of one kind most articles of the story carry (at least {@code minArticles}), with their written forms;
     * from the members' stored signals, which hold every key (the postings only those looked up).
     */
    List<Story.KeyCount> keyCounts(long storyId, String prefix, int minArticles) throws SQLException {
        List<Story.KeyCount> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                select g.key, count(*), array_agg(distinct g.surface) filter (where g.surface is not null)
                from article a join xref_article x on x.article_id = a.id
                cross join lateral unnest(x.signal_keys, x.signal_weights, x.signal_surfaces) as g(key, weight, surface)
                where a.story_id = ? and g.key like ? || '%'
                group by g.key having count(*) >= ?
                order by count(*) desc, sum(g.weight) desc, g.key limit ?""")) {
            st.setLong(1, storyId);
            st.setString(2, prefix);
            st.setInt(3, minArticles);
            st.setInt(4, MAIN_KEYS);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    java.sql.Array names = rs.getArray(3);
                    List<String> list = names == null ? List.of() : Arrays.asList((String[]) names.getArray());
                    out.add(new Story.KeyCount(rs.getString(1).substring(prefix.length()), list, rs.getInt(2)));
                }
            }
        }
        return out;
    }

    /** Languages, titles and date span of stories, aggregated per (story, language) in one query. */
    Map<Long, Story.Summary> summaries(List<Long> storyIds) throws SQLException {
        Map<Long, Story.Summary> out = new LinkedHashMap<>();
        if (storyIds.isEmpty()) {
            return out;
        }
        record Part(Map<String, Integer> languages, Map<String, String> titles, OffsetDateTime[] span, int[] count) {}
        Map<Long, Part> parts = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                select story_id, coalesce(language, 'und'), count(*), min(published_at), max(published_at),
                       (array_agg(title order by published_at nulls last, id))[1]
                from article where story_id = any(?) group by story_id, coalesce(language, 'und')""")) {
            st.setArray(1, c.createArrayOf("int8", storyIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Part p = parts.computeIfAbsent(rs.getLong(1), k -> new Part(new TreeMap<>(), new TreeMap<>(),
                            new OffsetDateTime[2], new int[1]));
                    p.languages().put(rs.getString(2), rs.getInt(3));
                    p.titles().put(rs.getString(2), rs.getString(6));
                    p.count()[0] += rs.getInt(3);
                    OffsetDateTime first = Jdbc.utc(rs, 4);
                    OffsetDateTime last = Jdbc.utc(rs, 5);
                    if (first != null && (p.span()[0] == null || first.isBefore(p.span()[0]))) {
                        p.span()[0] = first;
                    }
                    if (last != null && (p.span()[1] == null || last.isAfter(p.span()[1]))) {
                        p.span()[1] = last;
                    }
                }
            }
        }
        for (Long id : storyIds) {
            Part p = parts.get(id);
            if (p != null) {
                out.put(id, new Story.Summary(id, p.count()[0], p.languages(), p.titles(), p.span()[0], p.span()[1]));
            }
        }
        return out;
    }

    /** Id, title, language and publication time of articles, by id. */
    Map<Long, CrossReference.ArticleRef> articleRefs(List<Long> ids) throws SQLException {
        Map<Long, CrossReference.ArticleRef> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement st = c.prepareStatement(
                "select id, title, language, published_at from article where id = any(?)")) {
            st.setArray(1, c.createArrayOf("int8", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new CrossReference.ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Jdbc.utc(rs, 4)));
                }
            }
        }
        return out;
    }
}
