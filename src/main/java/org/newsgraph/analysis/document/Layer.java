package org.newsgraph.analysis.document;

/**
 * The layers analyzers add to a {@link Document}. Each {@link Analyzer} declares the layers it reads and
 * the ones it adds, so a pipeline can check its order when it is built.
 */
public enum Layer {
    /** {@link Document#tokens()}: words and punctuation with offsets. */
    TOKENS,
    /** {@link Document#language()} and {@link Document#segments()}. */
    LANGUAGE,
    /** {@link Document#sentences()}: sentences with their words and punctuation, and their shape. */
    SENTENCES,
    /** {@link Document#dates()}: date expressions in any calendar. */
    DATES,
    /** {@link Document#title()}, {@link Document#dateline()}, {@link Document#source()} of raw text. */
    METADATA,
    /** {@link Document#numbers()}. */
    NUMBERS,
    /** {@link Document#mentions()} as recognizers and rules propose them: they may overlap. */
    MENTIONS,
    /** The statistical model's mentions in {@link Document#mentions()} trimmed and filtered to the guidelines. */
    FILTERED_MODEL_MENTIONS,
    /** Mentions without overlaps, each a whole-word span. */
    RESOLVED_MENTIONS,
    /** Mentions carrying the key of their canonical entity. */
    ENTITY_LINKS
}
