package org.newsgraph.analysis.document;

/**
 * A word of the original text, [start, end), with its matching key (folded, clitics kept) so that
 * analyzers compare words without re-normalizing them.
 */
public record Token(int start, int end, String surface, String key) {}
