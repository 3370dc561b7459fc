package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
        ArticleFacts facts = facts(articleId);
        List<NewEvent> events = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> links = em.createNativeQuery("""
                select case when article_a = :id then article_b else article_a end, relation, score
                from xref where article_a = :id or article_b = :id order by score desc""")
                .setParameter("id", articleId).getResultList();
        for (Object[] link : links) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("articleId", articleId);
            payload.put("otherArticleId", ((Number) link[0]).longValue());
            payload.put("relation", link[1]);
            payload.put("score", ((Number) link[2]).doubleValue());
            events.add(NewEvent.aboutArticle(FeedEvent.XREF_CREATED, articleId, facts.language, facts.entityIds, payload)
                    .withStory(facts.storyId).withImport(facts.importId));
        }
        if (facts.storyId != null) {
            Number size = (Number) em.createNativeQuery("select article_count from story where id = :id")
                    .setParameter("id", facts.storyId).getResultStream().findFirst().orElse(0);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("storyId", facts.storyId);
            payload.put("articleCount", size.intValue());
            payload.put("joinedBy", articleId);
            events.add(NewEvent.aboutArticle(FeedEvent.STORY_UPDATED, articleId, facts.language, facts.entityIds, payload)
                    .withStory(facts.storyId).withImport(facts.importId));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", facts.title);
        payload.put("storyId", facts.storyId);
        payload.put("links", links.size());
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

    private ArticleFacts facts(long articleId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select title, coalesce(language, declared_language), story_id, import_id from article where id = :id""")
                .setParameter("id", articleId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Number> entities = em.createNativeQuery(
                        "select distinct entity_id from mention where article_id = :id order by 1")
                .setParameter("id", articleId).getResultList();
        return new ArticleFacts((String) row[0], (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue(),
                row[3] == null ? null : ((Number) row[3]).longValue(), entities.stream().map(Number::longValue).toList());
    }

    private record ArticleFacts(String title, String language, Long storyId, Long importId, List<Long> entityIds) {}
}
