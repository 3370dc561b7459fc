package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.StoryGraph;
import org.newsgraph.analysis.xref.StoryMembership;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.db.Jdbc;

/**
 * The SQL of a linking step: links (xref), stories and the articles' story membership and link status, on
 * one connection inside the caller's transaction. The signals and postings are written through
 * {@link PgCandidateIndex}. It decides nothing about scores or which stories to join: {@link XrefService}
 * does, with the core.
 * <p>
 * Consistency without a global lock: every change to a story's members (join, merge, split, an article
 * leaving it) happens with that story's row locked ({@code select ... for update}); a step locks the stories
 * it reads membership of in id order, then reads the membership again under the locks, so what it decides
 * from (members, sizes) cannot change before it commits. Stories are locked before articles where a step
 * changes members of stories other than its own article.
 */
final class XrefStore {
    /** Rounds of "lock the stories, read again" before a step gives up (a merge moved members each time). */
    private static final int LOCK_ROUNDS = 4;

    private final Connection c;
    private final ObjectMapper mapper;
    private final SignalFrequencies frequencies;
    private final StoredSignalCache signals;

    XrefStore(Connection connection, ObjectMapper mapper) {
        this(connection, mapper, null, null);
    }

    XrefStore(Connection connection, ObjectMapper mapper, SignalFrequencies frequencies, StoredSignalCache signals) {
        this.c = connection;
        this.mapper = mapper;
        this.frequencies = frequencies;
        this.signals = signals;
    }

    /**
     * The stored article a linking step reads, locked for the rest of the transaction; {@code linked} when it
     * has signals or a story from an earlier linking (which the step removes first).
     */
    record ArticleToLink(String language, Instant published, String title, String contentHash, Long storyId,
                         boolean linked) {}

    /**
     * The article's fields that linking uses, row-locked (after the story it is in, so that story locks come
     * before article locks as in a merge); empty when it was deleted meanwhile.
     */
    Optional<ArticleToLink> articleToLink(long articleId) throws SQLException {
        for (int round = 0; round < LOCK_ROUNDS; round++) {
            Long story = storyOf(articleId, false);
            if (story != null) {
                lockStories(List.of(story));
            }
            try (PreparedStatement st = c.prepareStatement("""
                    select a.language, a.published_at, a.title, a.content_hash, a.story_id,
                           exists (select 1 from xref_article x where x.article_id = a.id)
                    from article a where a.id = ? for update""")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long s = rs.getLong(5);
                    Long lockedStory = rs.wasNull() ? null : s;
                    if (lockedStory == null || lockedStory.equals(story)) {
                        return Optional.of(new ArticleToLink(rs.getString(1), Jdbc.instant(rs, 2),
                                rs.getString(3), rs.getString(4), lockedStory, lockedStory != null || rs.getBoolean(6)));
                    }
                }
            }
        }
        throw new XrefStoreException("The story of article " + articleId + " kept changing", null);
    }

    /** The candidate index over this connection (signals, postings, frequencies). */
    PgCandidateIndex candidateIndex(IndexConfig config) {
        return new PgCandidateIndex(c, config, frequencies, signals);
    }

    /** Locks story rows in id order for the rest of the transaction; returns those that exist. */
    Set<Long> lockStories(Collection<Long> ids) throws SQLException {
        Set<Long> locked = new TreeSet<>();
        if (ids.isEmpty()) {
            return locked;
        }
        try (PreparedStatement st = c.prepareStatement("select id from story where id = any(?) order by id for update")) {
            st.setArray(1, c.createArrayOf("int8", new TreeSet<>(ids).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    locked.add(rs.getLong(1));
                }
            }
        }
        return locked;
    }

    /**
     * Story and story size of each candidate article for the join policy, read with those stories locked: the
     * stories are locked in id order, then membership is read again; when a merge moved members to a story
     * not locked yet meanwhile, that one is locked too and it is read once more.
     */
    StoryMembership lockedMemberships(List<Long> ids) throws SQLException {
        Set<Long> locked = new TreeSet<>();
        for (int round = 0; round < LOCK_ROUNDS; round++) {
            Membership m = memberships(ids);
            Set<Long> needed = new TreeSet<>(m.storyOf.values());
            needed.removeAll(locked);
            if (needed.isEmpty() && round > 0 || m.storyOf.isEmpty()) {
                return m;
            }
            lockStories(needed);
            locked.addAll(needed);
        }
        throw new XrefStoreException("Stories kept changing while they were locked", null);
    }

    private static final class Membership implements StoryMembership {
        final Map<String, Long> storyOf = new HashMap<>();
        final Map<Long, Integer> sizes = new HashMap<>();

        @Override
        public Long storyOf(String articleId) {
            return storyOf.get(articleId);
        }

        @Override
        public int size(long storyId) {
            return sizes.getOrDefault(storyId, 0);
        }
    }

    /** Story and story size of each candidate article (not locked). */
    private Membership memberships(List<Long> ids) throws SQLException {
        Membership m = new Membership();
        Map<String, Long> storyOf = m.storyOf;
        Map<Long, Integer> sizes = m.sizes;
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
        return m;
    }

    /**
     * The story the article goes into: the given stories (locked by the caller) merged into the oldest (smallest
     * id, so ids stay stable), or a new story when there are none. The caller puts the article in it (with its
     * link status, one update) and then {@link #refreshCount}s it.
     */
    long joinStories(Set<Long> storyIds) throws SQLException {
        long keep;
        if (storyIds.isEmpty()) {
            keep = newStory();
        } else {
            keep = storyIds.stream().min(Long::compare).orElseThrow();
            List<Long> gone = storyIds.stream().filter(id -> id != keep).sorted().toList();
            if (!gone.isEmpty()) {
                try (PreparedStatement st = c.prepareStatement("""
                        update article set story_id = ?, updated_at = now() where story_id = any(?)""")) {
                    st.setLong(1, keep);
                    st.setArray(2, c.createArrayOf("int8", gone.toArray()));
                    st.executeUpdate();
                }
                try (PreparedStatement st = c.prepareStatement("delete from story where id = any(?)")) {
                    st.setArray(1, c.createArrayOf("int8", gone.toArray()));
                    st.executeUpdate();
                }
            }
        }
        return keep;
    }

    /**
     * Stores the links (each pair once, smaller id first) in one statement; those in {@code storyEdges} hold
     * the story together.
     */
    void storeLinks(List<XrefLink> links, Set<String> storyEdges) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        int n = links.size();
        Long[] a = new Long[n], b = new Long[n];
        String[] relation = new String[n], evidence = new String[n], method = new String[n];
        Double[] score = new Double[n];
        Boolean[] storyEdge = new Boolean[n];
        for (int i = 0; i < n; i++) {
            XrefLink link = links.get(i);
            long first = Long.parseLong(link.first());
            long second = Long.parseLong(link.second());
            a[i] = Math.min(first, second);
            b[i] = Math.max(first, second);
            relation[i] = link.relation().label();
            score[i] = Math.max(0.0, Math.min(1.0, link.score()));
            evidence[i] = StoredEvidence.column(mapper, link.evidence(), first < second);
            method[i] = link.evidence().method();
            storyEdge[i] = storyEdges.contains(link.second()) && link.relation().joinsStory();
        }
        try (PreparedStatement st = c.prepareStatement("""
                insert into xref (article_a, article_b, relation, score, evidence, method_version, story_edge)
                select * from unnest(?::int8[], ?::int8[], ?::text[], ?::float8[], ?::json[], ?::text[], ?::bool[])
                on conflict (article_a, article_b) do update set relation = excluded.relation, score = excluded.score,
                    evidence = excluded.evidence, method_version = excluded.method_version,
                    story_edge = excluded.story_edge, created_at = now()""")) {
            st.setArray(1, c.createArrayOf("int8", a));
            st.setArray(2, c.createArrayOf("int8", b));
            st.setArray(3, c.createArrayOf("text", relation));
            st.setArray(4, c.createArrayOf("float8", score));
            st.setArray(5, c.createArrayOf("text", evidence));
            st.setArray(6, c.createArrayOf("text", method));
            st.setArray(7, c.createArrayOf("bool", storyEdge));
            st.executeUpdate();
        }
    }

    /**
     * Drops the article's links, index rows and story membership; its old story (locked by the caller,
     * {@link #articleToLink} or {@link #lockStoryOf}) is recomputed without it.
     */
    void unlink(long articleId, Long story, PgCandidateIndex index) throws SQLException {
        update("delete from xref where article_a = ? or article_b = ?", articleId, articleId);
        index.remove(Long.toString(articleId));
        update("update article set story_id = null, updated_at = now() where id = ? and story_id is not null", articleId);
        if (story != null) {
            recomputeStory(story);
        }
    }

    /** Locks the story the article is in (null when none), the story row before the article row. */
    Long lockStoryOf(long articleId) throws SQLException {
        for (int round = 0; round < LOCK_ROUNDS; round++) {
            Long story = storyOf(articleId, false);
            if (story != null) {
                lockStories(List.of(story));
            }
            Long locked = storyOf(articleId, true);
            if (locked == null || locked.equals(story)) {
                return locked;
            }
        }
        throw new XrefStoreException("The story of article " + articleId + " kept changing", null);
    }

    private Long storyOf(long articleId, boolean lockArticle) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select story_id from article where id = ?" + (lockArticle ? " for update" : ""))) {
            st.setLong(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    long s = rs.getLong(1);
                    return rs.wasNull() ? null : s;
                }
                return null;
            }
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

    /** Stores the story's member count. */
    void refreshCount(long story) throws SQLException {
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
}
