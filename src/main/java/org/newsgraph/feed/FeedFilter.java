package org.newsgraph.feed;

/**
 * What a subscriber asked for: events about articles in {@code language} and/or mentioning entity
 * {@code entityId} (null: any). An event without the attribute (an import's progress) does not match a
 * filter on it.
 */
public record FeedFilter(String language, Long entityId) {
    public static final FeedFilter ALL = new FeedFilter(null, null);
}
