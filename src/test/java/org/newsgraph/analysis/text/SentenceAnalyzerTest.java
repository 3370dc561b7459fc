package org.newsgraph.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Sentence;
import org.newsgraph.analysis.document.Token;

class SentenceAnalyzerTest {
    private static List<Sentence> sentences(String text, String language) {
        Document document = new Document(text, language);
        document.setLanguage(new LanguageGuess(language, null, 1.0, List.of()));
        new SentenceAnalyzer().analyze(document);
        return document.sentences();
    }

    @Test
    void sentencesKeepPunctuationTokensWithOffsetsIntoTheText() {
        String text = "ساریجالو (ارومیه) روستایی در استان آذربایجان غربی است. وزیر گفت.";
        List<Sentence> sentences = sentences(text, "fa");
        assertEquals(2, sentences.size());
        List<String> first = sentences.get(0).tokens().stream().map(Token::surface).toList();
        assertEquals(List.of("ساریجالو", "(", "ارومیه", ")", "روستایی", "در", "استان", "آذربایجان", "غربی", "است", "."), first);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertEquals(t.surface(), text.substring(t.start(), t.end()));
            }
            assertEquals(s.tokens().get(0).start(), s.start());
        }
    }

    @Test
    void runningProseIsToldFromHeadingsListItemsAndTitles() {
        assertTrue(sentences("Prezident İlham Əliyev bu gün Bakıda xarici qonaqları qəbul edib.", "az").get(0).prose());
        // a long sentence without its full stop (cut off, or the last line of a feed) still reads as prose
        assertTrue(sentences("The minister said on Monday that the talks with the union over pay and pensions would resume next week", "en")
                .get(0).prose());
        assertFalse(sentences("Bakı Zooloji Parkı", "az").get(0).prose(), "a title");
        assertFalse(sentences("شهرستان بدفورد، پنسیلوانیا", "fa").get(0).prose(), "a list item");
        assertFalse(sentences("Trump and Putin meet in Helsinki on Monday", "en").get(0).prose(), "a headline");
        assertFalse(sentences("He declined.", "en").get(0).prose(), "too short to tell");
    }
}
