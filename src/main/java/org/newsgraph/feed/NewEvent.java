package org.newsgraph.feed;

import java.util.List;
import java.util.Map;

/** An event to append: its type, what it is about (for filtering) and its JSON payload. */
public record NewEvent(String type, Long articleId, Long storyId, Long importId, String language,
                       List<Long> entityIds, Map<String, Object> payload) {

    public static NewEvent aboutArticle(String type, long articleId, String language, List<Long> entityIds,
                                        Map<String, Object> payload) {
        return new NewEvent(type, articleId, null, null, language, entityIds, payload);
    }

    public NewEvent withStory(Long story) {
        return new NewEvent(type, articleId, story, importId, language, entityIds, payload);
    }

    public NewEvent withImport(Long importId) {
        return new NewEvent(type, articleId, storyId, importId, language, entityIds, payload);
    }
}
