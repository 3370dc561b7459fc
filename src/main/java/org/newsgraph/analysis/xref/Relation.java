package org.newsgraph.analysis.xref;

/** How two articles relate, strongest first. The first three join articles into one story. */
public enum Relation {
    /** Same language, (nearly) the same text: a re-publication or copy. */
    DUPLICATE,
    /** Other language with very high overlap where numbers and dates align: one text rendered twice. */
    TRANSLATION,
    /** The same event, written independently. */
    SAME_STORY,
    /** Shared actors or topic, below the story threshold. */
    RELATED,
    /** Nothing worth a link. */
    NONE;

    public boolean joinsStory() {
        return this == DUPLICATE || this == TRANSLATION || this == SAME_STORY;
    }

    /** The lower-case name the API and database use. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
