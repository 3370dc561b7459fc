package org.newsgraph.entity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the entity endpoints answer with; kept apart from the tables. */
public final class EntityViews {
    private EntityViews() {}

    public record EntitySummary(long id, String kind, String name, String qid, long articleCount) {
        static EntitySummary of(EntityRepository.EntityRow row) {
            return new EntitySummary(row.id(), row.kind().name(), row.name(), row.qid(), row.articleCount());
        }
    }

    public record Alias(String name, String language, String script, String origin) {}

    public record EntityDetail(long id, String kind, String key, String qid, String name, Map<String, String> names,
                               List<Alias> aliases, long articleCount) {}

    public record ArticleMention(String field, int start, int end, String surface, String normalized, String kind,
                                 double confidence, String recognizer, long entityId, String entityName) {}

    public record ArticleEntities(long articleId, List<ArticleMention> mentions, List<EntitySummary> entities) {}

    public record EntityArticle(long id, String title, String language, OffsetDateTime publishedAt) {}

    public record RelatedEntity(EntitySummary entity, long sharedArticles) {}

    public record AliasInput(String name, String language) {}

    public record MergeInput(Long entityId) {}
}
