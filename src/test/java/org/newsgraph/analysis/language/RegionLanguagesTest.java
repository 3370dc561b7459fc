package org.newsgraph.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.LanguageGuess;

/** Paragraphs written for this test, one or more per language of the region that Lingua lacks. */
class RegionLanguagesTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    private static LanguageGuess assertLanguage(String language, String script, String text) {
        LanguageGuess guess = DETECTOR.detect(text);
        assertEquals(language, guess.language(), () -> text + " -> " + guess);
        assertEquals(script, guess.script(), () -> text + " -> " + guess);
        return guess;
    }

    @Test
    void dariIsToldFromIranianPersianAndEachNamesTheOtherAsRunnerUp() {
        LanguageGuess dari = assertLanguage("prs", "Arab", "به اساس معلومات مقامات محلی، پولیس ولایت هرات دیروز سه تن را در"
                + " ولسوالی انجیل بازداشت نمود. سخنگوی قوماندانی امنیه گفت که این افراد در حمله بالای یک شفاخانه دست داشتند.");
        assertEquals("fa", dari.alternatives().get(0).language());
        assertLanguage("prs", "Arab", "رییس جمهور دیروز به محصلین پوهنتون کابل گفت که حکومت برای تطبیق این پالیسی"
                + " تلاش میکند و کار سرک های ولایات شمالی تا ماه جدی تکمیل میگردد.");
        LanguageGuess iranian = assertLanguage("fa", "Arab", "به گزارش خبرگزاری، استاندار اصفهان امروز در جمع خبرنگاران گفت"
                + " که بیمارستان‌های این استان آماده‌اند و پلیس راهور نیز محدودیت‌های ترافیکی را اعلام می‌کند.");
        assertEquals("prs", iranian.alternatives().get(0).language());
        assertTrue(iranian.alternatives().get(0).score() < 0.1, iranian::toString);
    }

    @Test
    void dariEvidence() {
        assertTrue(DariRule.isJoinedMiVerb("میشود"));
        assertTrue(DariRule.isJoinedMiVerb("نمیتوانند"));
        assertFalse(DariRule.isJoinedMiVerb("میدان"));
        assertFalse(DariRule.isJoinedMiVerb("میلیون"));
        // One marker repeated is one piece of evidence, not many.
        assertEquals(DariRule.score("ولایت"), DariRule.score("ولایت ولایت ولایت ولایت"), 1e-9);
        assertTrue(DariRule.score("۱۵ حمل") > DariRule.score("۱۵ کتاب"), "Afghan month after a day number");
        assertTrue(DariRule.score("می‌شود") < 0, "ZWNJ is Iranian orthography");
        assertTrue(DariRule.isJoinedPlural("کشورها") && DariRule.isJoinedPlural("کمکهای"));
        assertFalse(DariRule.isJoinedPlural("آنها") || DariRule.isJoinedPlural("تنها") || DariRule.isJoinedPlural("ها"));
        assertTrue(DariRule.score("میکند و میدهد") > DariRule.score("میکند و می دهد و کشورها"),
                "Iranian writing without ZWNJ: می apart, plurals joined");
        assertEquals(0.5, DariRule.probability(DariRule.DECISION_SCORE, 20), 1e-9);
        assertTrue(DariRule.probability(DariRule.DECISION_SCORE, 600) < 0.5, "a long text needs more evidence");
    }

    @Test
    void kurmanjiIsNotFrenchOrTurkish() {
        assertLanguage("kmr", "Latn", "Serokê herêmê roja duşemê ragihand ku hikûmet dê ji bo zarokên bêxwedî dibistaneke nû"
                + " ava bike û ev proje heta dawiya salê bi dawî bibe.");
        assertLanguage("kmr", "Latn", "Li gorî rayedaran, bi sedan malbat ji ber lehiyê ji gundên xwe derketine.");
        assertLanguage("fr", "Latn", "Le président a dû reconnaître que la fête nationale coûtera plus cher que prévu.");
        assertLanguage("tr", "Latn", "Bölge valisi pazartesi günü hükümetin yeni bir okul inşa edeceğini açıkladı.");
    }

    @Test
    void soraniWithAndWithoutItsRarerLetters() {
        assertLanguage("ckb", "Arab", "ئەم هەنگاوە لە کۆبوونەوەی ئەمڕۆی پەرلەماندا باس کرا و زۆربەی ئەندامان دەنگیان بۆ دا.");
        assertLanguage("ckb", "Arab", "سەرۆکی حکومەت وتی کە ئەم پڕۆژەیە ساڵی داهاتوو تەواو دەبێت.");
    }

    @Test
    void azerbaijaniUzbekAndKazakhInCyrillic() {
        assertLanguage("az", "Cyrl", "Бу ил өлкәдә тахыл истеһсалы артыб вә фермерләр мәһсулу базара чыхарыблар.");
        assertLanguage("az", "Cyrl", "Азәрбајҹан һөкумәти јени мәктәбләрин тикинтиси үчүн әлавә вәсаит ајырды.");
        assertLanguage("uz", "Cyrl", "Ўзбекистон ҳукумати бу йил қишлоқ хўжалиги учун янги дастур қабул қилди ва фермерларга"
                + " кредит берилади.");
        assertLanguage("uz", "Cyrl", "Ушбу лойиҳа доирасида янги мактаблар қурилади.");
        assertLanguage("kk", "Cyrl", "Үкімет биыл ауыл шаруашылығына қосымша қаржы бөлетінін мәлімдеді.");
        assertLanguage("ru", "Cyrl", "Президент Ильхам Әлиев провёл встречу с делегацией в Баку.");
    }

    @Test
    void uzbekInLatinScript() {
        assertLanguage("uz", "Latn", "Hukumat bu yil qishloq xoʻjaligi uchun yangi dasturni qabul qildi.");
        assertLanguage("uz", "Latn", "Men hech narsani tashlab qo'yganim yo'q.");
        // oʻ gʻ and the tutuq belgisi, typed with each character Uzbek sites use for them
        for (String apostrophe : new String[] {"ʻ", "‘", "'", "’", "`"}) {
            assertLanguage("uz", "Latn", "Futbolchi to" + apostrophe + "pni darvozaga yo" + apostrophe
                    + "naltirdi.");
        }
        assertLanguage("uz", "Latn", "Kengash aʼzolari bu masalani muhokama qildi.");
        // short texts made of Uzbek words; suffixes (-moqda, -lashib, -lingan) where no word is listed
        assertLanguage("uz", "Latn", "Bu juda yomon.");
        assertLanguage("uz", "Latn", "Vaziyat tobora jiddiylashib bormoqda, dedi u.");
        assertLanguage("uz", "Latn", "U Samarqandda qoʻlga olingan.");
    }

    /** What Uzbek shares with its neighbours in Latin script does not make their texts Uzbek. */
    @Test
    void latinTextsWithUzbekLookingWordsStayTheirs() {
        // Turkish dedi, etdi are Uzbek too: not counted beside Turkish letters
        assertLanguage("tr", "Latn", "Bakan dün yaptığı açıklamada, hükümetin yeni bir plan hazırladığını"
                + " söyledi ve bu işin zor olduğunu dedi.");
        // O'Brien, o'clock: an apostrophe English writes after o
        assertLanguage("en", "Latn", "Mr O'Brien said at nine o'clock that the council would vote on the new budget.");
        // Indonesian -ngan words end like Uzbek participles (-gan)
        assertLanguage("id", "Latn", "Dengan bantuan pemerintah, lingkungan sekitar hubungan dagang akan dibangun.");
        assertLanguage("en", "Latn", "The tourists visited Oʻahu and Hawaiʻi during the winter holidays.");
    }

    /** The Uzbek rule's alphabet is CLDR's: c only in ch, no w, apostrophe letters oʻ gʻ ʼ. */
    @Test
    void uzbekLettersAreCldrs() {
        assertTrue(exemplars("uz").contains("oʻ") && exemplars("uz").contains("ʼ"));
        assertFalse(UzbekLatinRule.foreignLetters("chiqdi"));
        assertFalse(UzbekLatinRule.foreignLetters("shahar"));
        assertFalse(UzbekLatinRule.foreignLetters(UzbekLatinRule.normalizeApostrophes("o'zbek")));
        assertTrue(UzbekLatinRule.foreignLetters("could"));
        assertTrue(UzbekLatinRule.foreignLetters("was"));
        assertTrue(UzbekLatinRule.foreignLetters("città"));
        assertEquals("oʻzbekiston maʼlumot", UzbekLatinRule.normalizeApostrophes("o’zbekiston ma'lumot"));
        assertEquals(2.0, UzbekLatinRule.marks("boʻlgan"));
        assertEquals(2.0, UzbekLatinRule.marks("aʼzo"));
        assertEquals(1.0, UzbekLatinRule.marks("bo'lgan"));
        assertEquals(0.0, UzbekLatinRule.marks("it's"));
    }

    /** The letter sets are those of CLDR's alphabets: the Turkic Cyrillic ones beyond Russian's, Kurmanji's. */
    @Test
    void letterSetsAgreeWithCldr() {
        UnicodeSet russian = exemplars("ru");
        for (String[] language : new String[][] {{"az", "az_Cyrl"}, {"kk", "kk"}, {"uz", "uz_Cyrl"}}) {
            String own = LetterSets.letters("/lang/langid/cyrillic-letters.tsv", language[0], "own");
            UnicodeSet expected = new UnicodeSet(exemplars(language[1])).removeAll(russian);
            UnicodeSet actual = new UnicodeSet().addAll(own.toLowerCase(java.util.Locale.ROOT));
            assertEquals(expected, actual, language[1]);
        }
        assertTrue(exemplars("ku").containsAll("êîû"));
        assertFalse(exemplars("tr").containsSome("êîû"));
    }

    /** The CLDR name forms of Afghan and Iranian Persian are what ICU4J's CLDR gives today (rerun its main when not). */
    @Test
    void dariNameFormsAgreeWithCldr() throws java.io.IOException {
        java.util.List<String> actual;
        try (var in = DariRule.class.getResourceAsStream("/lang/langid/fa-af-cldr.tsv")) {
            actual = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(CldrPersianNames.derive(), actual);
        assertTrue(DariRule.score("جاپان") > 0 && DariRule.score("ژاپن") < 0, "CLDR forms count as markers");
    }

    private static UnicodeSet exemplars(String locale) {
        return LocaleData.getExemplarSet(new ULocale(locale), 0, LocaleData.ES_STANDARD);
    }
}
