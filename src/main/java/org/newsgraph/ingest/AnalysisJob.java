package org.newsgraph.ingest;

/**
 * A leased or pending job of the analysis queue: analyze (again) and link one article. {@code attempts}
 * counts the leases so far; {@code enqueuedAt} identifies the request it serves, so completing an old
 * lease never removes a newer request for the same article.
 */
public record AnalysisJob(long articleId, int attempts, String enqueuedAt) {}
