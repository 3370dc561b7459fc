package org.newsgraph.analysis.document;

import java.util.Objects;

/**
 * Where a {@link Mention} comes from: its {@link Recognizer} and, for the name finder, the language of the model
 * that found it. {@link #label()} is the string stored and shown ({@code gazetteer}, {@code rules},
 * {@code namefinder-fa} ...).
 */
public record Provenance(Recognizer recognizer, String model) {
    public static final Provenance GAZETTEER = new Provenance(Recognizer.GAZETTEER, null);
    public static final Provenance NEWS_RULES = new Provenance(Recognizer.NEWS_RULES, null);
    public static final Provenance NAMED_EVENTS = new Provenance(Recognizer.NAMED_EVENTS, null);
    public static final Provenance COORDINATED_NAMES = new Provenance(Recognizer.COORDINATED_NAMES, null);
    public static final Provenance PROPAGATION = new Provenance(Recognizer.PROPAGATION, null);

    public Provenance {
        Objects.requireNonNull(recognizer, "recognizer");
    }

    /** The statistical name finder with its model for {@code language}. */
    public static Provenance nameFinder(String language) {
        return new Provenance(Recognizer.NAME_FINDER, language);
    }

    public String label() {
        return model == null ? recognizer.label() : recognizer.label() + "-" + model;
    }

    @Override
    public String toString() {
        return label();
    }
}
