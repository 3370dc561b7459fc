package org.newsgraph.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private static void sameKey(String a, String b) {
        assertEquals(TextNormalizer.matchKey(a), TextNormalizer.matchKey(b), a + " vs " + b);
    }

    @Test
    void foldsArabicScriptVariantsPersianAndArabicNewsMix() {
        sameKey("علي", "علی");                 // Arabic yeh / Farsi yeh
        sameKey("كتاب", "کتاب");               // Arabic kaf / keheh
        sameKey("أحمد", "احمد");
        sameKey("إيران", "ایران");
        sameKey("آذربایجان", "اذربایجان");
        sameKey("مدرسة", "مدرسه");             // teh marbuta
        sameKey("جمهوریـــــت", "جمهوریت");    // tatweel
        sameKey("مُحَمَّد", "محمد");            // harakat
        sameKey("می‌شود", "میشود");            // ZWNJ and its absence
        sameKey("خانهٔ", "خانه");              // hamza above ezafe
        sameKey("مسئول", "مسیول");
    }

    @Test
    void foldsDigitsToAscii() {
        assertEquals("1403", TextNormalizer.matchKey("۱۴۰۳"));   // Persian
        assertEquals("2024", TextNormalizer.matchKey("٢٠٢٤"));   // Arabic-Indic
        assertEquals("cop29", TextNormalizer.matchKey("COP۲۹"));
    }

    @Test
    void turkicCasingAndLatinDiacritics() {
        sameKey("İstanbul", "istanbul");
        sameKey("ISTANBUL", "istanbul");
        sameKey("Azərbaycan", "Azerbaycan");
        sameKey("Qoşulmama Hərəkatı", "qosulmama herekati");
        sameKey("Erdoğan", "ERDOGAN");
        sameKey("Zürich", "zurich");
        sameKey("Lech Wałęsa", "lech walesa");
        sameKey("Sinn Fe\u0301in", "sinn fein");     // decomposed accent
        assertEquals("о", TextNormalizer.matchKey("О")); // Cyrillic keeps its letters, lower-cased
        assertNotEquals(TextNormalizer.matchKey("й"), TextNormalizer.matchKey("и"));
    }

    @Test
    void whitespaceAndInvisibleCharacters() {
        assertEquals("a b", TextNormalizer.matchKey("  a \u00A0\t b  "));
        assertEquals("تهران", TextNormalizer.matchKey("\u200Fتهران\u200E"));
        assertEquals("", TextNormalizer.matchKey(null));
        assertEquals("", TextNormalizer.matchKey(""));
    }

    @Test
    void nfcComposes() {
        assertEquals("é", TextNormalizer.nfc("e\u0301"));
        assertEquals("آ", TextNormalizer.nfc("ا\u0653"));
    }

    @Test
    void searchTextKeepsWordBoundariesAndDropsPunctuation() {
        assertEquals("میشود covid 19 در 1403", TextNormalizer.searchText("می‌شود، «COVID-19» در ۱۴۰۳!"));
        assertEquals("istanbul ve ankara", TextNormalizer.searchText("İSTANBUL ve Ankara."));
        assertEquals(TextNormalizer.searchText("رئيس الجمهورية"), TextNormalizer.searchText("رئیس الجمهوریه"));
        assertEquals("", TextNormalizer.searchText("… — !!"));
    }

    @Test
    void nerTokensFoldArabicScriptAndKeepCaseElsewhere() {
        assertEquals("Tehran", TextNormalizer.nerToken("Tehran"));
        assertEquals("میشود", TextNormalizer.nerToken("می‌شود"));
        assertEquals(TextNormalizer.nerToken("علي"), TextNormalizer.nerToken("علی"));
        assertEquals("،", TextNormalizer.nerToken("،"), "a sign that folds to nothing stays as it is");
    }

    @Test
    void dateTextKeepsEveryOffset() {
        String text = "۸ آذر ۱۴۰۳‌ Bakı, 8 Dekabr — Şənbə";
        String folded = TextNormalizer.dateText(text);
        assertEquals(text.length(), folded.length());
        assertEquals("8 اذر 1403  baki, 8 dekabr - senbe", folded);
    }
}
