package org.newsgraph.analysis.document;

/**
 * A name found in the text, [start, end) into the original. {@code normalized} is the folded form used
 * for linking; {@code provenance} tells which analyzer found it. {@code entityKey} identifies the
 * canonical entity once linking ran (a knowledge-base id such as a QID, or a transliteration key), else null.
 */
public record Mention(int start, int end, String surface, String normalized, EntityKind kind, double confidence,
                      Provenance provenance, String entityKey) {
    public Mention withEntityKey(String key) {
        return new Mention(start, end, surface, normalized, kind, confidence, provenance, key);
    }

    /** The analyzer that found this mention (null when unknown). */
    public Recognizer recognizer() {
        return provenance == null ? null : provenance.recognizer();
    }

    /** Whether {@code recognizer} found this mention. */
    public boolean foundBy(Recognizer recognizer) {
        return recognizer() == recognizer;
    }

    /** The stored and displayed name of the provenance ({@code gazetteer}, {@code namefinder-fa} ...), or null. */
    public String recognizerLabel() {
        return provenance == null ? null : provenance.label();
    }
}
