package org.newsgraph.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Token;

class TokenizerTest {
    private static List<Token> tokens(String text) {
        Document document = Document.of(text);
        new Tokenizer().analyze(document);
        return document.tokens();
    }

    @Test
    void persianWordWithZwnjIsOneTokenAndDigitsAreTokens() {
        String text = "این کار می‌شود، در سال ۱۴۰۳.";
        List<Token> tokens = tokens(text);
        assertEquals(List.of("این", "کار", "می‌شود", "در", "سال", "۱۴۰۳"), tokens.stream().map(Token::surface).toList());
        Token zwnj = tokens.get(2);
        assertEquals("میشود", zwnj.key());
        Token year = tokens.get(5);
        assertEquals("1403", year.key());
        for (Token t : tokens) {
            assertEquals(t.surface(), text.substring(t.start(), t.end()), "offsets point into the original");
        }
    }

    @Test
    void keysFoldArabicVariantsAndLatinCase() {
        List<Token> tokens = tokens("رئيس جمهوري ايران، NATO و COVID-19");
        assertEquals(List.of("رییس", "جمهوری", "ایران", "nato", "و", "covid", "19"),
                tokens.stream().map(Token::key).toList());
    }

    @Test
    void azerbaijaniAndEmptyText() {
        assertEquals(List.of("azerbaycanin", "4", "ili"),
                tokens("Azərbaycanın 4 ili.").stream().map(Token::key).toList());
        assertEquals(List.of(), tokens(""));
        assertEquals(List.of(), tokens("\u200F\u200E ... !!"));
    }
}
