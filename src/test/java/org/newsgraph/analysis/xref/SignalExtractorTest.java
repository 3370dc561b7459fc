package org.newsgraph.analysis.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.entity.NameFinderRecognizer;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.text.TransliterationKey;

class SignalExtractorTest {

    @Test
    void entityKeysAreWeightedByFrequencyAndBoostedInTheTitle() {
        Document d = XrefTestDocs.doc("Zaev wins vote\nZoran Zaev said the vote in Skopje passed. Zaev smiled.", "en");
        XrefTestDocs.mention(d, "Zaev", "Q1");
        int second = d.text().indexOf("Zaev", 20);
        d.mentions().add(new Mention(second, second + 4, "Zaev", "zaev", EntityKind.PER, 0.9, Provenance.NEWS_RULES, "Q1"));
        XrefTestDocs.mention(d, "Skopje", "Q384");
        ArticleSignals s = new SignalExtractor().extract("a", d, "en", null, "Zaev wins vote", null);
        assertEquals((1 + Math.log(2)) * SignalExtractor.TITLE_BOOST, s.entities().get("Q1"), 1e-9);
        assertEquals(1.0, s.entities().get("Q384"), 1e-9);
        assertEquals("Skopje", s.entityNames().get("Q384"));
    }

    @Test
    void keysOnlyTheStatisticalModelFoundWeighLess() {
        Document d = XrefTestDocs.doc("Ali Veli met Zaev in Skopje.", "en");
        d.mentions().add(new Mention(0, 8, "Ali Veli", "ali veli", EntityKind.PER,
                0.6, Provenance.nameFinder("en"), "tk:PER:alvl"));
        d.mentions().add(new Mention(13, 17, "Zaev", "zaev", EntityKind.PER,
                0.8, Provenance.NEWS_RULES, "tk:PER:zv"));
        d.mentions().add(new Mention(21, 27, "Skopje", "skopje", EntityKind.LOC,
                0.6, Provenance.nameFinder("en"), "Q384"));
        XrefConfig config = XrefConfig.defaults().withModelEntityWeight(0.25);
        ArticleSignals s = new SignalExtractor(config).extract("a", d, "en", null, null, null);
        assertEquals(0.25, s.entities().get("tk:PER:alvl"), 1e-9);
        assertEquals(1.0, s.entities().get("tk:PER:zv"), 1e-9, "a rules mention vouches for its key");
        assertEquals(1.0, s.entities().get("Q384"), 1e-9, "a knowledge-base id is trusted whoever found it");
    }

    @Test
    void datesAndNonTrivialNumbersAreKept() {
        Document d = XrefTestDocs.doc("On 30 September 3 parties and 1,500 people met; turnout 36.9 percent in 2018.", "en");
        XrefTestDocs.date(d, "30 September", LocalDate.of(2018, 9, 30));
        XrefTestDocs.number(d, "3", "3");
        XrefTestDocs.number(d, "1,500", "1500");
        XrefTestDocs.number(d, "36.9", "36.90");
        XrefTestDocs.number(d, "2018", "2018");
        ArticleSignals s = XrefTestDocs.signals("a", d, "en", null);
        assertEquals(java.util.Set.of(LocalDate.of(2018, 9, 30)), s.dates());
        assertEquals(java.util.Set.of("1500", "36.9", "2018"), s.numbers());
    }

    @Test
    void fallbackNumberScanReadsGroupingAndOtherDigits() {
        List<BigDecimal> values = SignalExtractor.scanNumbers("۱۲۳٬۴۵۶ نفر و 1.000 euros, 3,5 % and 2018 100");
        assertTrue(values.contains(new BigDecimal("123456")), values.toString());
        assertTrue(values.contains(new BigDecimal("1000")), values.toString());
        assertTrue(values.contains(new BigDecimal("3.5")), values.toString());
        assertTrue(values.contains(new BigDecimal("2018")) && values.contains(new BigDecimal("100")), values.toString());
    }

    @Test
    void nameKeysMeetAcrossScripts() {
        String latin = TransliterationKey.wordPrefix("Erdoğan");
        assertEquals(latin, TransliterationKey.wordPrefix("Эрдоган"));
        assertEquals(latin, TransliterationKey.wordPrefix("اردوغان"));
        assertEquals(TransliterationKey.wordPrefix("Macedonia"), TransliterationKey.wordPrefix("مقدونیه"));
        assertEquals(TransliterationKey.wordPrefix("Macedonia"), TransliterationKey.wordPrefix("Македонии"));
        assertEquals(TransliterationKey.wordPrefix("Trump"), TransliterationKey.wordPrefix("טראמפ"));
        assertNull(TransliterationKey.wordPrefix("of"), "too short to mean anything");
    }

    @Test
    void onlyCapitalizedWordsCountInCasedScriptsButAllWordsInCaselessOnes() {
        assertNull(SignalExtractor.nameKey("referendum", "en"));
        assertEquals(TransliterationKey.wordPrefix("Ivanov"), SignalExtractor.nameKey("Ivanov", "en"));
        assertEquals(TransliterationKey.wordPrefix("ایوانوف"), SignalExtractor.nameKey("ایوانوف", "fa"));
        assertEquals(TransliterationKey.wordPrefix("ناتو"), SignalExtractor.nameKey("الناتو", "ar"), "Arabic article stripped");
    }

    @Test
    void fingerprintIsStableForCopiesAndDiffersForOtherText() {
        String text = "The electorate will vote on Sunday on whether the name of their country should change "
                + "to the Republic of North Macedonia after decades of dispute with neighbouring Greece.";
        ArticleSignals a = XrefTestDocs.signals("a", XrefTestDocs.doc(text, "en"), "en", null);
        ArticleSignals b = XrefTestDocs.signals("b", XrefTestDocs.doc(text.replace("Sunday", "Monday"), "en"), "en", null);
        ArticleSignals c = XrefTestDocs.signals("c", XrefTestDocs.doc(
                "Shares of the retailer fell sharply after it warned that profits would be lower than expected "
                        + "this year because of weak demand in its home market.", "en"), "en", null);
        assertTrue(a.fingerprintSimilarity(b) >= 0.8, "one changed word: " + a.fingerprintSimilarity(b));
        assertTrue(a.fingerprintSimilarity(c) < 0.8, "other text: " + a.fingerprintSimilarity(c));
        assertEquals(a.contentHash(), XrefTestDocs.signals("a2", XrefTestDocs.doc(text, "en"), "en", null).contentHash());
        assertNotEquals(a.contentHash(), b.contentHash());
        assertEquals("Latn", a.script());
        assertFalse(a.words().isEmpty());
    }
}
