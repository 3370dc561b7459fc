package org.newsgraph.analysis.document;

import java.util.List;

/**
 * A detected language: BCP-47 code ("fa", "az", or "und" when undetermined), ISO 15924 script ("Arab",
 * "Latn", "Cyrl"), a confidence in [0,1] and the runners-up.
 */
public record LanguageGuess(String language, String script, double confidence, List<Alternative> alternatives) {
    public static final String UNDETERMINED_CODE = "und";
    public static final LanguageGuess UNDETERMINED = new LanguageGuess(UNDETERMINED_CODE, null, 0.0, List.of());

    public LanguageGuess {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public boolean isDetermined() {
        return !UNDETERMINED_CODE.equals(language);
    }

    /**
     * The language to choose per-language resources by: Persian ("fa") for Dari ("prs"), which detection
     * reports apart; the language itself otherwise.
     */
    public String baseLanguage() {
        return "prs".equals(language) ? "fa" : language;
    }

    public record Alternative(String language, double score) {}
}
