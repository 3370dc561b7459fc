package org.newsgraph.analysis.xref;

/**
 * What the story-join policy ({@link XrefLinker#storyLinks}) needs to know about existing stories, so the
 * in-memory {@link StoryClusterer} and the service's stored stories share one policy.
 */
public interface StoryMembership {
    /** The story of an article, or null when it has none. */
    Long storyOf(String articleId);

    /** Number of articles in a story (0 for an unknown id). */
    int size(long storyId);
}
