package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Sentence;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.SentenceAnalyzer;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Tokens and sentences for the entity recognizers: the sentence layer ({@link Document#sentences()}, words and
 * punctuation) when the pipeline's {@link SentenceAnalyzer} filled it; else the document's token layer when a
 * tokenizer filled it (a test or an evaluation over given tokens), else ICU word breaks (punctuation kept).
 */
public final class NerTokens {
    private NerTokens() {}

    /** The document's tokens: those of its sentences, else its token layer, else ICU word tokens of its text. */
    public static List<Token> of(Document document) {
        if (!document.sentences().isEmpty()) {
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : document.sentences()) {
                tokens.addAll(s.tokens());
            }
            return tokens;
        }
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
        return SentenceAnalyzer.tokens(text, language);
    }

    /** A token's match key (folded form), computed from its surface when the token layer left it empty. */
    public static String key(Token token) {
        return token.key() != null && !token.key().isEmpty() ? token.key() : TextNormalizer.matchKey(token.surface());
    }

    /** The document's sentences: its sentence layer, else computed from {@link #of} (ICU sentence breaks). */
    public static List<Sentence> sentences(Document document) {
        if (!document.sentences().isEmpty()) {
            return document.sentences();
        }
        return SentenceAnalyzer.sentences(document.text(), of(document), languageOf(document));
    }

    /** The tokens grouped by sentence (ICU sentence breaks over the original text). */
    public static List<List<Token>> sentences(String text, List<Token> tokens, String language) {
        return SentenceAnalyzer.sentences(text, tokens, language).stream().map(Sentence::tokens).toList();
    }

    /** The sentence holding the character at {@code offset}, or null. */
    public static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
