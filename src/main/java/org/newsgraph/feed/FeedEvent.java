package org.newsgraph.feed;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One committed event of the feed, as a client receives it in an SSE {@code data} line. {@code id} is also
 * the SSE id (the Last-Event-ID to resume from); {@code payload} is the type's own JSON, sent as stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedEvent(long id, String type, Long articleId, Long storyId, Long importId, String language,
                        List<Long> entityIds, @JsonRawValue String payload, OffsetDateTime createdAt) {

    /** Event types. */
    public static final String ARTICLE_CREATED = "article.created";
    public static final String ARTICLE_ANALYZED = "article.analyzed";
    public static final String ARTICLE_LINKED = "article.linked";
    public static final String ARTICLE_FAILED = "article.failed";
    public static final String XREF_CREATED = "xref.created";
    public static final String STORY_UPDATED = "story.updated";
    public static final String IMPORT_PROGRESS = "import.progress";
}
