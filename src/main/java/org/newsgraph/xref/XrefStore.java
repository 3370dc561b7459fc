package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.StoryGraph;
import org.newsgraph.analysis.xref.StoryMembership;
import org.newsgraph.analysis.xref.XrefLink;

/**
 * The SQL of a linking step: links (xref), stories and the articles' story membership and link status, on
 * one connection inside the caller's transaction. The signals and postings are written through
 * {@link PgCandidateIndex}. It decides nothing about scores or which stories to join: {@link XrefService}
 * does, with the core.
 */
final class XrefStore {
    /** Key of the advisory lock that serializes linking steps (arbitrary, fixed). */
    static final long LINK_LOCK = 0x6E67_7872_6566L;

    private final Connection c;
    private final ObjectMapper mapper;

    XrefStore(Connection connection, ObjectMapper mapper) {
        this.c = connection;
        this.mapper = mapper;
    }

    /** The stored article a linking step reads, locked for the rest of the transaction. */
    record ArticleToLink(String language, Instant published, String title, String contentHash) {}

    /** Waits for the transaction-scoped lock that lets one linking step run at a time. */
    void lockLinking() throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            st.setLong(1, LINK_LOCK);
            st.executeQuery().close();
        }
    }

    /** The article's fields that linking uses, row-locked; empty when it was deleted meanwhile. */
    Optional<ArticleToLink> articleToLink(long articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select language, published_at, title, content_hash from article where id = ? for update")) {
            st.setLong(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp ts = rs.getTimestamp(2);
                return Optional.of(new ArticleToLink(rs.getString(1), ts == null ? null : ts.toInstant(),
                        rs.getString(3), rs.getString(4)));
            }
        }
    }

    /** The candidate index over this connection (signals, postings, frequencies). */
    PgCandidateIndex candidateIndex(IndexConfig config) {
        return new PgCandidateIndex(c, config);
    }

    /** Story and story size of each candidate article, read once for the join policy. */
    StoryMembership memberships(List<Long> ids) throws SQLException {
        Map<String, Long> storyOf = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        if (!ids.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("""
                    select a.id, a.story_id, s.article_count from article a join story s on s.id = a.story_id
                    where a.id = any(?)""")) {
                st.setArray(1, c.createArrayOf("int8", ids.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        storyOf.put(Long.toString(rs.getLong(1)), rs.getLong(2));
                        sizes.put(rs.getLong(2), rs.getInt(3));
                    }
                }
            }
        }
        return new StoryMembership() {
            @Override
            public Long storyOf(String articleId) {
                return storyOf.get(articleId);
            }

            @Override
            public int size(long storyId) {
                return sizes.getOrDefault(storyId, 0);
            }
        };
    }

    /**
     * Puts the article into the given stories, merged into the oldest (smallest id, so ids stay stable), or
     * into a new story when there are none; returns its story.
     */
    long joinStories(long articleId, Set<Long> storyIds) throws SQLException {
        long keep;
        if (storyIds.isEmpty()) {
            keep = newStory();
        } else {
            keep = storyIds.stream().min(Long::compare).orElseThrow();
            for (long gone : storyIds) {
                if (gone != keep) {
                    update("update article set story_id = ?, updated_at = now() where story_id = ?", keep, gone);
                    update("delete from story where id = ?", gone);
                }
            }
        }
        update("update article set story_id = ?, updated_at = now() where id = ?", keep, articleId);
        refreshCount(keep);
        return keep;
    }

    /** Stores the links (each pair once, smaller id first); those in {@code storyEdges} hold the story together. */
    void storeLinks(List<XrefLink> links, Set<String> storyEdges) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                insert into xref (article_a, article_b, relation, score, evidence, method_version, story_edge)
                values (?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (article_a, article_b) do update set relation = excluded.relation, score = excluded.score,
                    evidence = excluded.evidence, method_version = excluded.method_version,
                    story_edge = excluded.story_edge, created_at = now()""")) {
            for (XrefLink link : links) {
                long first = Long.parseLong(link.first());
                long second = Long.parseLong(link.second());
                boolean firstIsA = first < second;
                st.setLong(1, Math.min(first, second));
                st.setLong(2, Math.max(first, second));
                st.setString(3, link.relation().label());
                st.setDouble(4, Math.max(0.0, Math.min(1.0, link.score())));
                st.setString(5, json(StoredEvidence.of(link.evidence(), firstIsA)));
                st.setString(6, link.evidence().method());
                st.setBoolean(7, storyEdges.contains(link.second()) && link.relation().joinsStory());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Drops the article's links, index rows and story membership; its old story is recomputed without it. */
    void unlink(long articleId) throws SQLException {
        Long story = null;
        try (PreparedStatement st = c.prepareStatement("select story_id from article where id = ?")) {
            st.setLong(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    long s = rs.getLong(1);
                    story = rs.wasNull() ? null : s;
                }
            }
        }
        update("delete from xref where article_a = ? or article_b = ?", articleId, articleId);
        candidateIndex(IndexConfig.defaults()).remove(Long.toString(articleId));
        update("update article set story_id = null, updated_at = now() where id = ?", articleId);
        if (story != null) {
            recomputeStory(story);
        }
    }

    /**
     * Splits a story into the connected components of its stored story edges ({@link StoryGraph}, as
     * {@link org.newsgraph.analysis.xref.StoryClusterer#remove}): the largest keeps the id, the others get
     * new ones; an empty story is deleted.
     */
    void recomputeStory(long story) throws SQLException {
        List<Long> members = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select id from article where story_id = ? order by id")) {
            st.setLong(1, story);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getLong(1));
                }
            }
        }
        if (members.isEmpty()) {
            update("delete from story where id = ?", story);
            return;
        }
        Map<Long, List<Long>> edges = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                select x.article_a, x.article_b from xref x join article a on a.id = x.article_a
                join article b on b.id = x.article_b
                where x.story_edge and a.story_id = ? and b.story_id = ?""")) {
            st.setLong(1, story);
            st.setLong(2, story);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    edges.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    edges.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
        }
        List<Set<Long>> components = StoryGraph.componentsLargestFirst(members,
                node -> edges.getOrDefault(node, List.of()));
        for (int i = 1; i < components.size(); i++) {
            long id = newStory();
            try (PreparedStatement st = c.prepareStatement(
                    "update article set story_id = ?, updated_at = now() where id = any(?)")) {
                st.setLong(1, id);
                st.setArray(2, c.createArrayOf("int8", components.get(i).toArray()));
                st.executeUpdate();
            }
            refreshCount(id);
        }
        refreshCount(story);
    }

    private long newStory() throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into story (article_count) values (0) returning id");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void refreshCount(long story) throws SQLException {
        update("""
                update story set article_count = (select count(*) from article where story_id = ?), updated_at = now()
                where id = ?""", story, story);
    }

    private void update(String sql, long... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setLong(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence did not serialize", e);
        }
    }
}
