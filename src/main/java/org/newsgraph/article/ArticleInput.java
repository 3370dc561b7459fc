package org.newsgraph.article;

/** The JSON body of {@code POST /articles} and of each bulk NDJSON line. */
public record ArticleInput(String title, String body, String url, String source, String publishedAt, String language) {}
