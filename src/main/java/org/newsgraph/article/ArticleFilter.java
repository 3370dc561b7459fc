package org.newsgraph.article;

import java.time.OffsetDateTime;

/** Filters of {@code GET /articles} and its export; null fields do not filter. */
public record ArticleFilter(String language, String source, OffsetDateTime from, OffsetDateTime to, String query) {}
