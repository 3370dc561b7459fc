package org.newsgraph.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.LanguageGuess;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    private static LanguageGuess detect(String text) {
        return DETECTOR.detect(text);
    }

    private static void assertLanguage(String language, String script, String text) {
        LanguageGuess guess = detect(text);
        assertEquals(language, guess.language(), () -> text + " -> " + guess);
        assertEquals(script, guess.script(), () -> text + " -> " + guess);
        assertTrue(guess.confidence() > 0 && guess.confidence() <= 1, () -> "confidence of " + guess);
    }

    @Test
    void sentencesInMainLanguages() {
        assertLanguage("fa", "Arab", "وزیر امور خارجه ایران امروز در سفر به باکو با همتای آذربایجانی خود دیدار و گفت‌وگو کرد.");
        assertLanguage("ar", "Arab", "التقى وزير الخارجية الإيراني اليوم نظيره الأذربيجاني في باكو وبحث معه العلاقات الثنائية.");
        assertLanguage("ur", "Arab", "پاکستان کے وزیر اعظم نے کہا ہے کہ ملک میں مہنگائی کم کرنے کے لیے نئے اقدامات کیے جائیں گے۔");
        assertLanguage("az", "Latn", "Azərbaycan Respublikasının Prezidenti bu gün Bakıda xarici ölkələrin səfirlərini qəbul edib.");
        assertLanguage("tr", "Latn", "Dışişleri Bakanı bugün Bakü'de Azerbaycanlı mevkidaşıyla bir araya geldi.");
        assertLanguage("ru", "Cyrl", "Министр иностранных дел Ирана сегодня встретился в Баку со своим азербайджанским коллегой.");
        assertLanguage("en", "Latn", "The Iranian foreign minister met his Azerbaijani counterpart in Baku on Monday.");
    }

    @Test
    void languagesLinguaLacksAreToldByTheirLetters() {
        assertLanguage("ps", "Arab", "د افغانستان د بهرنیو چارو وزارت ویاند وویل چې د سولې خبرې اترې به په راتلونکې اونۍ کې پیل شي.");
        assertLanguage("ckb", "Arab", "وەزیری دەرەوەی عێراق ڕایگەیاند کە دانوستانەکان لە هەفتەی داهاتوودا دەست پێدەکەنەوە.");
        assertLanguage("az", "Cyrl", "Азәрбајҹан Республикасынын Президенти бу ҝүн Бакыда хариҹи өлкәләрин сәфирләрини гәбул етди.");
        assertLanguage("kk", "Cyrl", "Қазақстан Республикасының Президенті бүгін Астанада шетелдік елшілерді қабылдады.");
        assertLanguage("uz", "Latn", "Oʻzbekiston prezidenti bugun Toshkentda xorijiy davlatlar elchilari bilan uchrashdi va hamkorlik haqida gapirdi.");
        assertLanguage("prs", "Arab", "والی هرات گفت که سرک های این ولسوالی به زودی ترمیم می شود و پوهنتون هرات نیز یک شفاخانه تازه می سازد.");
    }

    @Test
    void unconfiguredLanguageIsNotReportedAsPersianOrArabic() {
        LanguageDetector small = new LanguageDetector(Set.of("fa", "ar", "en"));
        LanguageGuess pashto = small.detect("د افغانستان د بهرنیو چارو وزارت ویاند وویل چې د سولې خبرې اترې به په راتلونکې اونۍ کې پیل شي.");
        assertEquals("und", pashto.language(), pashto::toString);
        assertEquals("ps", pashto.alternatives().get(0).language());
        LanguageGuess sorani = small.detect("وەزیری دەرەوەی عێراق ڕایگەیاند کە دانوستانەکان لە هەفتەی داهاتوودا دەست پێدەکەنەوە.");
        assertEquals("und", sorani.language(), sorani::toString);
    }

    @Test
    void titles() {
        assertLanguage("fa", "Arab", "افزایش قیمت نفت در بازارهای جهانی");
        assertLanguage("ar", "Arab", "ارتفاع أسعار النفط في الأسواق العالمية");
        assertLanguage("tr", "Latn", "Petrol fiyatları dünya piyasalarında yükseldi");
        assertLanguage("az", "Latn", "Neft qiymətləri dünya bazarlarında artıb");
        assertLanguage("ru", "Cyrl", "Цены на нефть выросли на мировых рынках");
        assertLanguage("en", "Latn", "Oil prices rise on world markets");
    }

    @Test
    void latinAcronymsDoNotDecide() {
        assertLanguage("fa", "Arab", "نشست COP29 در باکو با حضور NATO و UN");
        assertLanguage("ar", "Arab", "منظمة WHO تحذر من COVID-19 في NATO");
        assertLanguage("ru", "Cyrl", "Саммит NATO и COP29 в Баку");
    }

    @Test
    void badInputIsUndetermined() {
        assertSame(LanguageGuess.UNDETERMINED, detect(""));
        assertSame(LanguageGuess.UNDETERMINED, detect(null));
        assertSame(LanguageGuess.UNDETERMINED, detect("12345 ۱۴۰۳ 3.14 -- !!! ؟؟ ،،"));
        assertSame(LanguageGuess.UNDETERMINED, detect("\u200F\u200E\u202B\u202C\u2066\u2069\u200C"));
        assertSame(LanguageGuess.UNDETERMINED, detect("a".repeat(1_000_000)));
        assertSame(LanguageGuess.UNDETERMINED, detect("ه".repeat(1_000_000)));
        assertEquals(0.0, LanguageGuess.UNDETERMINED.confidence());
    }

    @Test
    void alternativesAndConfidences() {
        LanguageGuess guess = detect("Bu gün hava yaxşıdır");
        assertEquals("az", guess.language());
        double sum = guess.confidence() + guess.alternatives().stream().mapToDouble(LanguageGuess.Alternative::score).sum();
        assertTrue(sum <= 1.0 + 1e-9, "scores are a distribution");
        assertNotEquals("az", guess.alternatives().isEmpty() ? null : guess.alternatives().get(0).language());
    }

    @Test
    void configuration() {
        assertThrows(IllegalArgumentException.class, () -> new LanguageDetector(Set.of("fa", "xx")));
        LanguageDetector single = new LanguageDetector(Set.of("fa"));
        assertEquals("fa", single.detect("وزیر امور خارجه ایران امروز در باکو دیدار کرد").language());
        assertEquals("und", single.detect("The minister met his counterpart today in Baku").language());
        assertEquals("fa", new LanguageGuess("prs", "Arab", 0.9, null).baseLanguage());
    }
}
