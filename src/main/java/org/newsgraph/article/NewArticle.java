package org.newsgraph.article;

import java.time.OffsetDateTime;

/** What ingestion stores for a new article, before analysis results are attached. */
public record NewArticle(String url, String contentHash, String title, String body, String source,
                         OffsetDateTime publishedAt, String publishedRaw, String publishedCalendar,
                         String declaredLanguage) {}
