package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.SignalExtractor;
import org.newsgraph.analysis.xref.StoryClusterer;
import org.newsgraph.analysis.xref.StoryMembership;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.analysis.xref.XrefLinker;
import org.newsgraph.analysis.xref.XrefScorer;
import org.newsgraph.ingest.ArticleLifecycle;

/**
 * Links analyzed articles in PostgreSQL: the service form of {@link XrefLinker}. Changing an article's
 * story also sets its {@code updated_at}, so its ETag changes with the {@code storyId} it shows. One linking step is one
 * transaction (signals, links, story), so an article is linked completely or not at all. Linking steps
 * are serialized across instances by a transaction-scoped advisory lock: story joins and merges read and
 * then write story membership, and linking is short (milliseconds) next to analysis, so one at a time
 * costs little and rules out two concurrent articles splitting one story.
 * {@link ArticleLifecycle} records the outcome: linked, or failed and queued so the analysis worker
 * re-analyzes and links it again (bounded by its attempts).
 */
@ApplicationScoped
public class XrefService {
    private static final Logger LOG = Logger.getLogger(XrefService.class);
    /** Key of the advisory lock that serializes linking steps (arbitrary, fixed). */
    static final long LINK_LOCK = 0x6E67_7872_6566L;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    ArticleLifecycle lifecycle;

    private final XrefScorer scorer = new XrefScorer();
    private final SignalExtractor extractor = new SignalExtractor(scorer.config());
    private final IndexConfig indexConfig = IndexConfig.defaults();

    /**
     * Links a freshly analyzed article in its own transaction; on failure marks it for a retry instead of
     * throwing, so the caller's stored article and analysis stand. Returns whether it is linked.
     */
    public boolean linkOrQueueRetry(long articleId, Document document) {
        try {
            link(articleId, document);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Linking article %d failed; it stays stored and is queued for a retry", articleId);
            markForRetry(articleId, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /** Links an analyzed article (replacing any earlier linking of it) in a new transaction; throws on failure. */
    public LinkResult link(long articleId, Document document) {
        return QuarkusTransaction.requiringNew().call(() -> work(c -> linkInTransaction(c, articleId, document)));
    }

    /** Queues a retry: the worker analyzes and links the article again. */
    public void markForRetry(long articleId, String error) {
        lifecycle.linkingFailed(articleId, error);
    }

    /**
     * Removes an article's links and signals and updates its story, inside the caller's transaction
     * (deleting an article calls this first; the delete itself then cascades nothing left to link).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlink(long articleId) {
        work(c -> {
            lock(c);
            unlinkInTransaction(c, articleId);
            return null;
        });
    }

    /**
     * The stored articles a text would link to, best first, without storing anything (POST /analyze).
     */
    @Transactional
    public List<CrossReference> preview(Document document, String title) {
        return work(c -> {
            DateMention dateline = document.dateline();
            Instant published = dateline != null && dateline.startDate() != null
                    ? dateline.startDate().atStartOfDay().toInstant(ZoneOffset.UTC) : null;
            ArticleSignals signals = extractor.extract("new", document, null, published,
                    title != null ? title : document.title(), null);
            PgCandidateIndex index = new PgCandidateIndex(c, indexConfig);
            List<XrefLink> links = score(index, signals);
            Map<Long, CrossReference.ArticleRef> refs = XrefQueries.articleRefs(c,
                    links.stream().map(l -> Long.parseLong(l.second())).toList());
            List<CrossReference> out = new ArrayList<>();
            for (XrefLink link : links) {
                StoredEvidence evidence = StoredEvidence.of(link.evidence(), true);
                CrossReference.ArticleRef ref = refs.get(Long.parseLong(link.second()));
                if (ref != null) {
                    out.add(new CrossReference(ref, link.relation().label(), link.score(), evidence.view(true)));
                }
            }
            return out;
        });
    }

    private LinkResult linkInTransaction(Connection c, long articleId, Document document) throws SQLException {
        lock(c);
        String language;
        Instant published;
        String title;
        String contentHash;
        try (PreparedStatement st = c.prepareStatement(
                "select language, published_at, title, content_hash from article where id = ? for update")) {
            st.setLong(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return new LinkResult(null, 0, List.of()); // deleted meanwhile: nothing to link
                }
                language = rs.getString(1);
                Timestamp ts = rs.getTimestamp(2);
                published = ts == null ? null : ts.toInstant();
                title = rs.getString(3);
                contentHash = rs.getString(4);
            }
        }
        unlinkInTransaction(c, articleId);

        ArticleSignals signals = extractor.extract(Long.toString(articleId), document, language, published, title, contentHash);
        PgCandidateIndex index = new PgCandidateIndex(c, indexConfig);
        List<XrefLink> links = score(index, signals);
        StoryMembership stories = memberships(c, links.stream().map(l -> Long.parseLong(l.second())).toList());
        Set<String> joined = new LinkedHashSet<>(XrefLinker.storyLinks(links, scorer.config(), stories));
        long story = joinStories(c, articleId, joined, stories);
        storeLinks(c, links, joined);
        index.add(signals);
        lifecycle.linked(articleId);
        return new LinkResult(story, links.size(), links);
    }

    /** Candidates scored against the query, links above NONE, best first (as {@link XrefLinker#link}). */
    private List<XrefLink> score(PgCandidateIndex index, ArticleSignals query) {
        return index.scoreCandidates(query, scorer);
    }

    /** Story and story size of each candidate article, read once for the join policy. */
    private static StoryMembership memberships(Connection c, List<Long> ids) throws SQLException {
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
     * Puts the article into the story of the articles it joins by, merging their stories into the oldest
     * (smallest id, so ids stay stable); a new story when it joins none.
     */
    private static long joinStories(Connection c, long articleId, Set<String> joined, StoryMembership stories)
            throws SQLException {
        Set<Long> storyIds = new TreeSet<>();
        for (String id : joined) {
            Long s = stories.storyOf(id);
            if (s != null) {
                storyIds.add(s);
            }
        }
        long keep;
        if (storyIds.isEmpty()) {
            keep = newStory(c);
        } else {
            keep = storyIds.iterator().next();
            for (long gone : storyIds) {
                if (gone != keep) {
                    update(c, "update article set story_id = ?, updated_at = now() where story_id = ?", keep, gone);
                    update(c, "delete from story where id = ?", gone);
                }
            }
        }
        update(c, "update article set story_id = ?, updated_at = now() where id = ?", keep, articleId);
        refreshCount(c, keep);
        return keep;
    }

    private void storeLinks(Connection c, List<XrefLink> links, Set<String> joined) throws SQLException {
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
                st.setBoolean(7, joined.contains(link.second()) && link.relation().joinsStory());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Drops the article's links, index rows and story membership; its old story is recomputed without it. */
    private static void unlinkInTransaction(Connection c, long articleId) throws SQLException {
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
        update(c, "delete from xref where article_a = ? or article_b = ?", articleId, articleId);
        new PgCandidateIndex(c, IndexConfig.defaults()).remove(Long.toString(articleId));
        try (PreparedStatement st = c.prepareStatement(
                "update article set story_id = null, updated_at = now() where id = ?")) {
            st.setLong(1, articleId);
            st.executeUpdate();
        }
        if (story != null) {
            recomputeStory(c, story);
        }
    }

    /**
     * Splits a story into the connected components of its story edges (as {@link StoryClusterer#remove}):
     * the largest keeps the id, the others get new ones; an empty story is deleted.
     */
    static void recomputeStory(Connection c, long story) throws SQLException {
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
            update(c, "delete from story where id = ?", story);
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
        List<List<Long>> components = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long start : members) {
            if (!seen.add(start)) {
                continue;
            }
            List<Long> component = new ArrayList<>();
            Deque<Long> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                Long node = queue.poll();
                component.add(node);
                for (Long next : edges.getOrDefault(node, List.of())) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            components.add(component);
        }
        components.sort(Comparator.comparingInt((List<Long> comp) -> -comp.size()));
        for (int i = 1; i < components.size(); i++) {
            long id = newStory(c);
            try (PreparedStatement st = c.prepareStatement(
                    "update article set story_id = ?, updated_at = now() where id = any(?)")) {
                st.setLong(1, id);
                st.setArray(2, c.createArrayOf("int8", components.get(i).toArray()));
                st.executeUpdate();
            }
            refreshCount(c, id);
        }
        refreshCount(c, story);
    }

    private static long newStory(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into story (article_count) values (0) returning id");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void refreshCount(Connection c, long story) throws SQLException {
        update(c, """
                update story set article_count = (select count(*) from article where story_id = ?), updated_at = now()
                where id = ?""", story, story);
    }

    private static void update(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setLong(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            st.setLong(1, LINK_LOCK);
            st.executeQuery().close();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence did not serialize", e);
        }
    }

    private <T> T work(Jdbc.Work<T> work) {
        return Jdbc.work(em, work);
    }

    /** The story the article joined (null when it was gone), and its links best first. */
    public record LinkResult(Long storyId, int linkCount, List<XrefLink> links) {}
}
