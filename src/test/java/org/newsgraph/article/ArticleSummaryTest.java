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
}
