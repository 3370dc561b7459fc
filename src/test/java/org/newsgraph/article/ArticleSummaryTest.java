package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleSummaryTest {
    @Test
    void aFullBodyGivesTheSnippetOfItsOpening() {
        // Mostly white space at first: folded, the opening holds fewer than SNIPPET_LENGTH characters.
        String body = "Baku\n" + " \t".repeat(200) + "hosted the summit " + "and more words follow ".repeat(100);
        String opening = body.substring(0, ArticleSummary.OPENING_LENGTH);
        assertEquals(ArticleSummary.snippet(opening), ArticleSummary.snippet(body));
        assertTrue(ArticleSummary.snippet(body).startsWith("Baku hosted the summit"));
    }

    @Test
    void theOpeningIsCountedInCodePointsAndNeverSplitsAPair() {
        String emoji = "\uD83D\uDCF0"; // one code point, two chars
        String body = (emoji + " ").repeat(ArticleSummary.OPENING_LENGTH) + "tail";
        String snippet = ArticleSummary.snippet(body);
        assertTrue(snippet.endsWith("…"), snippet);
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            assertFalse(Character.isHighSurrogate(c) && (i + 1 == snippet.length() || !Character.isLowSurrogate(snippet.charAt(i + 1))),
                    "a lone high surrogate at " + i);
        }
    }

    @Test
    void aShortBodyIsItsOwnSnippetOnOneLine() {
        assertEquals("Two lines of text.", ArticleSummary.snippet("  Two lines\n\n of   text.  "));
        assertEquals("", ArticleSummary.snippet(null));
    }

    @Test
    void whiteSpaceFoldsAsTheRegularExpressionDoes() {
        // Every string of up to 5 characters over an alphabet of each kind of white space, a letter, a no-break
        // space (not \s) and a Persian letter: the same result as replaceAll("\\s+", " ").
        char[] alphabet = {' ', '\t', '\n', '\u000B', '\f', '\r', 'a', '\u00A0', 'ف'};
        java.util.regex.Pattern whiteSpace = java.util.regex.Pattern.compile("\\s+");
        int checked = 0;
        for (int length = 0; length <= 5; length++) {
            for (int n = 0; n < Math.pow(alphabet.length, length); n++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0, m = n; k < length; k++, m /= alphabet.length) {
                    text.append(alphabet[m % alphabet.length]);
                }
                String t = text.toString();
                assertEquals(whiteSpace.matcher(t).replaceAll(" "), ArticleSummary.foldWhiteSpace(t), "for " + t.chars().boxed().toList());
                checked++;
            }
        }
        assertEquals(66430, checked);
    }
}
