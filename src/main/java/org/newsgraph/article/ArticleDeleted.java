package org.newsgraph.article;

/**
 * Fired (synchronously, inside the deleting transaction) just before an article row is deleted, so the
 * features that keep state about it beyond foreign keys (story membership) update it in the same transaction.
 */
public record ArticleDeleted(long articleId) {}
