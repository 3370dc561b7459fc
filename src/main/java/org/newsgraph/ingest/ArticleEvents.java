package org.newsgraph.ingest;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import org.newsgraph.article.NewArticle;
import org.newsgraph.feed.EventLog;
import org.newsgraph.feed.FeedEvent;
import org.newsgraph.feed.NewEvent;

/**
 * The feed events of an article's transitions, appended by {@link ArticleLifecycle} in the transaction of
 * the transition; what they report (mentions, links, story) is read back from that same transaction.
 */
@ApplicationScoped
class ArticleEvents {
    @Inject
    EntityManager em;
    @Inject
    EventLog log;

    @Transactional(Transactional.TxType.MANDATORY)
    void created(long articleId, NewArticle article, Long importId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", article.title());
        payload.put("url", article.url());
        payload.put("source", article.source());
        log.append(NewEvent.aboutArticle(FeedEvent.ARTICLE_CREATED, articleId, article.declaredLanguage(), List.of(), payload)
                .withImport(importId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void analyzed(long articleId) {
        ArticleFacts facts = facts(articleId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", facts.title);
        payload.put("language", facts.language);
        payload.put("entityIds", facts.entityIds);
        log.append(NewEvent.aboutArticle(FeedEvent.ARTICLE_ANALYZED, articleId, facts.language, facts.entityIds, payload)
                .withImport(facts.importId));
    }

    /** The links the linking step wrote, the story the article is in now, then the article itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    void linked(long articleId) {
        LinkedFacts linked = linkedFacts(articleId);
        ArticleFacts facts = linked.facts();
        List<NewEvent> events = new ArrayList<>();
        for (Link link : linked.links()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("articleId", articleId);
            payload.put("otherArticleId", link.otherArticleId());
            payload.put("relation", link.relation());
            payload.put("score", link.score());
            events.add(NewEvent.aboutArticle(FeedEvent.XREF_CREATED, articleId, facts.language, facts.entityIds, payload)
                    .withStory(facts.storyId).withImport(facts.importId));
        }
        if (facts.storyId != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("storyId", facts.storyId);
            payload.put("articleCount", linked.storySize());
            payload.put("joinedBy", articleId);
            events.add(NewEvent.aboutArticle(FeedEvent.STORY_UPDATED, articleId, facts.language, facts.entityIds, payload)
                    .withStory(facts.storyId).withImport(facts.importId));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", facts.title);
        payload.put("storyId", facts.storyId);
        payload.put("links", linked.links().size());
        events.add(NewEvent.aboutArticle(FeedEvent.ARTICLE_LINKED, articleId, facts.language, facts.entityIds, payload)
                .withStory(facts.storyId).withImport(facts.importId));
        log.append(events);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void failed(long articleId, ArticleLifecycle.Step step, String reason) {
        ArticleFacts facts = facts(articleId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", facts.title);
        payload.put("step", step.name().toLowerCase());
        payload.put("reason", reason);
        log.append(NewEvent.aboutArticle(FeedEvent.ARTICLE_FAILED, articleId, facts.language, facts.entityIds, payload)
                .withImport(facts.importId));
    }

    /** The article's facts (its row and the entities it mentions), in one statement. */
    private ArticleFacts facts(long articleId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + FACTS + " from article a where a.id = ?")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Article " + articleId + " is gone");
                    }
                    return facts(rs);
                }
            }
        });
    }

    /**
     * The facts, the size of the article's story and its links strongest first (a row each, facts repeated),
     * in one statement.
     */
    private LinkedFacts linkedFacts(long articleId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + FACTS + """
                    , (select s.article_count from story s where s.id = a.story_id),
                      l.other, l.relation, l.score
                    from article a left join lateral (
                        select case when x.article_a = a.id then x.article_b else x.article_a end as other,
                               x.relation, x.score
                        from xref x where x.article_a = a.id or x.article_b = a.id) l on true
                    where a.id = ? order by l.score desc""")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("Article " + articleId + " is gone");
                    }
                    ArticleFacts facts = facts(rs);
                    int storySize = rs.getInt(6);
                    List<Link> links = new ArrayList<>();
                    do {
                        long other = rs.getLong(7);
                        if (!rs.wasNull()) {
                            links.add(new Link(other, rs.getString(8), rs.getDouble(9)));
                        }
                    } while (rs.next());
                    return new LinkedFacts(facts, storySize, links);
                }
            }
        });
    }

    /** Columns 1-5 of a statement over {@code article a}. */
    private static final String FACTS = """
            a.title, coalesce(a.language, a.declared_language), a.story_id, a.import_id,
            array(select distinct m.entity_id from mention m where m.article_id = a.id order by 1)""";

    private static ArticleFacts facts(ResultSet rs) throws SQLException {
        long story = rs.getLong(3);
        Long storyId = rs.wasNull() ? null : story;
        long importRow = rs.getLong(4);
        Long importId = rs.wasNull() ? null : importRow;
        Array entities = rs.getArray(5);
        List<Long> entityIds = entities == null ? List.of() : List.of((Long[]) entities.getArray());
        return new ArticleFacts(rs.getString(1), rs.getString(2), storyId, importId, entityIds);
    }

    private record ArticleFacts(String title, String language, Long storyId, Long importId, List<Long> entityIds) {}

    private record Link(long otherArticleId, String relation, double score) {}

    private record LinkedFacts(ArticleFacts facts, int storySize, List<Link> links) {}
}
