package org.newsgraph.analysis.document;

/**
 * A name found in the text, [start, end) into the original. {@code normalized} is the folded form used
 * for linking; {@code recognizer} names the analyzer that found it. {@code entityKey} identifies the
 * canonical entity once linking ran (a knowledge-base id such as a QID, or a transliteration key), else null.
 */
public record Mention(int start, int end, String surface, String normalized, EntityKind kind, double confidence,
                      String recognizer, String entityKey) {
    public Mention withEntityKey(String key) {
        return new Mention(start, end, surface, normalized, kind, confidence, recognizer, key);
    }
}
