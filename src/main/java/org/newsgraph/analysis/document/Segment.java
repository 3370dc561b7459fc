package org.newsgraph.analysis.document;

/** A run of text in one language, [start, end) into the original text. */
public record Segment(int start, int end, String language, String script, double confidence) {}
