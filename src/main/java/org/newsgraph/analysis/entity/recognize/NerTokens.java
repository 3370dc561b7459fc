package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Tokens and sentences for the entity recognizers: the document's token layer when a tokenizer filled it,
 * else ICU word breaks (punctuation kept as tokens, spaces dropped). Sentences come from ICU sentence breaks.
 */
public final class NerTokens {
    private NerTokens() {}

    /** The document's tokens, or ICU word tokens of its text when the token layer is empty. */
    public static List<Token> of(Document document) {
        if (!document.tokens().isEmpty()) {
            return document.tokens();
        }
        return tokenize(document.text(), languageOf(document));
    }

    public static String languageOf(Document document) {
        String lang = document.language().language();
        if (!document.language().isDetermined() && document.declaredLanguage() != null) {
            lang = document.declaredLanguage();
        }
        return ULocale.forLanguageTag(lang).getLanguage();
    }

    public static List<Token> tokenize(String text, String language) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language == null ? "und" : language));
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String surface = text.substring(start, end);
            if (surface.isBlank() || surface.chars().allMatch(c -> Character.getType(c) == Character.FORMAT)) {
                continue;
            }
            tokens.add(new Token(start, end, surface, TextNormalizer.matchKey(surface)));
        }
        return tokens;
    }

    /** A token's match key (folded form), computed from its surface when the token layer left it empty. */
    public static String key(Token token) {
        return token.key() != null && !token.key().isEmpty() ? token.key() : TextNormalizer.matchKey(token.surface());
    }

    /** The tokens grouped by sentence (ICU sentence breaks over the original text). */
    public static List<List<Token>> sentences(String text, List<Token> tokens, String language) {
        List<List<Token>> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language == null ? "und" : language));
        breaks.setText(text);
        int sentenceEnd = breaks.following(0);
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            while (sentenceEnd != BreakIterator.DONE && token.start() >= sentenceEnd) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                sentenceEnd = breaks.following(sentenceEnd);
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }
}
