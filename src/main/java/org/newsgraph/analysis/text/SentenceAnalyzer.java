package org.newsgraph.analysis.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Sentence;
import org.newsgraph.analysis.document.Token;

/**
 * Fills {@link Document#sentences()}: ICU sentence breaks over the text (in the document's language), each
 * sentence with its tokens, words and punctuation both (ICU word breaks; spaces and invisible format characters
 * dropped), and its shape. Computed once here so that the name finder and every entity rule share it.
 * <p>
 * Shape: a sentence is running prose when it has at least {@value #MIN_PROSE_WORDS} words and either closes
 * like a sentence (. ! ? ؟ ۔ …, before closing quotes or brackets) or is long ({@value #LONG_PROSE_WORDS} words).
 * Anything else is a fragment: a headline, a list item, a title, a caption, a table cell. Rules written for
 * news prose (a name does not run across punctuation, a lone common word is no name) need not hold there.
 */
public final class SentenceAnalyzer implements Analyzer {
    static final int MIN_PROSE_WORDS = 5;
    static final int LONG_PROSE_WORDS = 12;

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public void analyze(Document document) {
        String language = document.language().isDetermined() ? document.language().language() : document.declaredLanguage();
        document.sentences().addAll(sentences(document.text(), tokens(document.text(), language), language));
    }

    /** Words and punctuation of {@code text} (ICU word breaks for the language), spaces and format characters dropped. */
    public static List<Token> tokens(String text, String language) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(locale(language));
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

    /** The tokens grouped by ICU sentence breaks over the original text, each sentence with its shape. */
    public static List<Sentence> sentences(String text, List<Token> tokens, String language) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale(language));
        breaks.setText(text);
        int sentenceEnd = breaks.following(0);
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            while (sentenceEnd != BreakIterator.DONE && token.start() >= sentenceEnd) {
                if (!current.isEmpty()) {
                    sentences.add(sentence(current));
                    current = new ArrayList<>();
                }
                sentenceEnd = breaks.following(sentenceEnd);
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            sentences.add(sentence(current));
        }
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, prose(tokens));
    }

    /** Whether these tokens read as running prose (see the class comment). */
    public static boolean prose(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (t.surface().codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        if (words < MIN_PROSE_WORDS) {
            return false;
        }
        return words >= LONG_PROSE_WORDS || closesLikeSentence(tokens);
    }

    private static boolean closesLikeSentence(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String s = tokens.get(i).surface();
            if (s.codePoints().allMatch(c -> CLOSERS.indexOf(c) >= 0)) {
                continue; // closing quotes and brackets after the full stop
            }
            return s.codePoints().allMatch(c -> TERMINALS.indexOf(c) >= 0);
        }
        return false;
    }

    private static final String TERMINALS = ".!?\u061F\u06D4\u2026";
    private static final String CLOSERS = "\"'\u00BB\u201D\u2019)]}\u203A";

    private static ULocale locale(String language) {
        return ULocale.forLanguageTag(language == null || language.isBlank() ? "und" : language);
    }
}
