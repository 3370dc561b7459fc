package org.newsgraph.analysis.document;

/**
 * Which analyzer found a {@link Mention}. {@link #label()} is the name stored with each mention and shown by
 * the API ({@code recognizer} in openapi.yaml); the name finder's label also carries its model's language
 * (see {@link Provenance#label()}).
 */
public enum Recognizer {
    /** Knowledge-base names (the gazetteer). */
    GAZETTEER("gazetteer"),
    /** The statistical name finder; labelled {@code namefinder-<lang>}. */
    NAME_FINDER("namefinder"),
    /** The news rules over titles, quote verbs, head nouns and given names (and their filter of the model). */
    NEWS_RULES("rules"),
    /** Events and venues named after places. */
    NAMED_EVENTS("rules-event"),
    /** The other names of a list of persons. */
    COORDINATED_NAMES("rules-list"),
    /** A name linked once, found again wherever the same words occur. */
    PROPAGATION("propagation");

    private final String label;

    Recognizer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Knowledge-base names are preferred to hand-written rules, and rules to the statistical model. */
    public int preference() {
        return switch (this) {
            case GAZETTEER -> 0;
            case NAME_FINDER -> 2;
            default -> 1;
        };
    }
}
