package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Word tokens for the gazetteer and the linker: the document's token layer when present, else ICU word
 * breaks over the original text (so these analyzers also work when no tokenizer ran). Only tokens that
 * hold a letter or a digit are kept: punctuation is judged from the gaps between words instead.
 */
final class GazetteerTokens {
    private GazetteerTokens() {}

    /** Fallback tokens of documents without a token layer, kept while the document lives (gazetteer + linker). */
    private static final Map<Document, List<Token>> FALLBACK = Collections.synchronizedMap(new WeakHashMap<>());

    static List<Token> words(Document document) {
        List<Token> layer = document.tokens();
        List<Token> source = layer;
        if (layer.isEmpty()) {
            source = FALLBACK.get(document);
            if (source == null) {
                source = tokenize(document.text()); // outside the lock: documents are analyzed concurrently
                FALLBACK.put(document, source);
            }
        }
        List<Token> words = new ArrayList<>(source.size());
        for (Token t : source) {
            if (hasLetterOrDigit(t.surface()) && !t.key().isEmpty()) {
                words.add(t);
            }
        }
        return words;
    }

    /** ICU word segmentation; ZWNJ and apostrophes stay inside words, as UAX #29 says. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String surface = text.substring(start, end);
            if (hasLetterOrDigit(surface)) {
                tokens.add(new Token(start, end, surface, TextNormalizer.matchKey(surface)));
            }
        }
        return tokens;
    }

    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UCharacter.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean startsUpperCase(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                return UCharacter.hasBinaryProperty(cp, UProperty.UPPERCASE) || UCharacter.isTitleCase(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True when [from, to) of the text may sit inside one name: blanks, ZWNJ, or one joiner sign. */
    static boolean joinableGap(String text, int from, int to) {
        int joiners = 0;
        boolean blank = false;
        boolean dot = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < to && text.charAt(i + 1) == '\n') {
                return false;
            }
            if (Character.isWhitespace(c) || c == '\u200C' || c == '\u200D' || c == '\u00A0' || c == '\u200F'
                    || c == '\u200E') {
                blank |= c != '\u200C' && c != '\u200D';
                continue;
            }
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019' || c == '.') {
                joiners++;
                dot |= c == '.';
                continue;
            }
            return false;
        }
        // "U.S." joins; "Baku. Tehran" is a sentence break, not one name
        return joiners <= 1 && to - from <= 4 && !(dot && blank);
    }
}
