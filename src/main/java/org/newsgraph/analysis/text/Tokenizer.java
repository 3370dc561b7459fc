package org.newsgraph.analysis.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Token;

/**
 * Fills {@link Document#tokens()} with the words of the text: Unicode word boundaries (ICU's
 * {@link BreakIterator}, UAX #29 with dictionary segmentation for Chinese, Japanese and Thai), keeping
 * letters and numbers, dropping spaces and punctuation. Offsets point into the original text; the key is
 * {@link TextNormalizer#matchKey} of the surface.
 *
 * <p>Persian words joined by ZWNJ (می‌شود) stay one token because ZWNJ does not break a word in UAX #29;
 * numbers in Persian or Arabic-Indic digits are number tokens like ASCII ones. Thread-safe: each call clones
 * the prototype iterator, which is much cheaper than building one.
 */
public final class Tokenizer implements Analyzer {
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);

    /** Receives the [start, end) of each word. */
    @FunctionalInterface
    public interface WordConsumer {
        void accept(int start, int end);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.TOKENS);
    }

    @Override
    public void analyze(Document document) {
        String text = document.text();
        List<Token> tokens = document.tokens();
        forEachWord(text, (start, end) -> {
            String surface = text.substring(start, end);
            tokens.add(new Token(start, end, surface, TextNormalizer.matchKey(surface)));
        });
    }

    /** Calls {@code consumer} for each word or number of {@code text}, in order. */
    public static void forEachWord(String text, WordConsumer consumer) {
        if (text.isEmpty()) {
            return;
        }
        BreakIterator words = (BreakIterator) PROTOTYPE.clone();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                // Trailing joiners or bidi marks attached to the word (UAX #29 rule WB4) are not part of it.
                int trimmed = end;
                while (trimmed > start && isInvisible(text.charAt(trimmed - 1))) {
                    trimmed--;
                }
                if (trimmed > start) {
                    consumer.accept(start, trimmed);
                }
            }
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u00AD' || c == '\u061C'
                || c == '\uFEFF';
    }
}
