package org.newsgraph.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;

class GazetteerRecognizerTest {
    private final GazetteerRecognizer recognizer = new GazetteerRecognizer(KnowledgeBaseTestSupport.kb());

    private List<Mention> find(String text, String language) {
        Document d = new Document(text, language);
        recognizer.analyze(d);
        return d.mentions();
    }

    private static Mention only(List<Mention> mentions, String entityKey) {
        List<Mention> hits = mentions.stream().filter(m -> entityKey.equals(m.entityKey())).toList();
        assertEquals(1, hits.size(), () -> "expected one " + entityKey + " in " + mentions);
        return hits.get(0);
    }

    @Test
    void persianNameWithAndWithoutZwnj() {
        for (String name : List.of("الهام علی‌اف", "الهام علیاف", "الهام علی اف", "الهام علي‌اف")) {
            Mention m = only(find("دیدار با " + name + " رئیس جمهور", "fa"), "kb:ilham-aliyev");
            assertEquals(name, m.surface());
            assertEquals(EntityKind.PER, m.kind());
            assertEquals(GazetteerRecognizer.NAME, m.provenance());
        }
    }

    @Test
    void persianSuffixIsLeftOutOfTheSpan() {
        String text = "سفر امیرعبداللهیان به باکو و دیدار با مقامات ایران‌ها";
        List<Mention> mentions = find(text, "fa");
        assertEquals("باکو", only(mentions, "Q9248").surface());
        Mention iran = only(mentions, "Q794");
        assertEquals("ایران", iran.surface());
        assertEquals(text.indexOf("ایران"), iran.start());
        assertEquals("امیرعبداللهیان", only(mentions, "kb:hossein-amir-abdollahian").surface());
    }

    @Test
    void persianEzafeAfterAVowelIsStrippedButTheAdjectiveEndingIsNot() {
        String text = "در باکوی زیبا، مقامات ایرانی گفتند";
        List<Mention> mentions = find(text, "fa");
        assertEquals("باکو", only(mentions, "Q9248").surface());
        assertTrue(mentions.stream().noneMatch(m -> "Q794".equals(m.entityKey())), mentions::toString);
    }

    @Test
    void arabicCliticsAreLeftOutOfTheSpan() {
        String text = "التقى وزير الخارجية بالأمم المتحدة وأذربيجان وكذلك للأمم المتحدة";
        List<Mention> mentions = find(text, "ar");
        Mention azerbaijan = only(mentions, "Q227");
        assertEquals("أذربيجان", azerbaijan.surface());
        List<Mention> un = mentions.stream().filter(m -> "Q1065".equals(m.entityKey())).toList();
        assertEquals(2, un.size(), mentions::toString);
        assertEquals("الأمم المتحدة", un.get(0).surface());
        assertEquals("لأمم المتحدة", un.get(1).surface()); // of "للأمم" only the preposition's ل is dropped
    }

    @Test
    void turkicCaseSuffixesAreLeftOutOfTheSpan() {
        String text = "Prezident İlham Əliyevin Bakıda Azərbaycanın və Uqanda-ya, Türkiye'nin rolu";
        List<Mention> mentions = find(text, "az");
        assertEquals("İlham Əliyev", only(mentions, "kb:ilham-aliyev").surface());
        assertEquals("Bakı", only(mentions, "Q9248").surface());
        assertEquals("Azərbaycan", only(mentions, "Q227").surface());
        assertEquals("Uqanda", only(mentions, "Q1036").surface());
        assertEquals("Türkiye", only(mentions, "Q43").surface());
        assertTrue(only(mentions, "Q9248").confidence() < only(mentions, "kb:ilham-aliyev").confidence() + 1e-9);
    }

    @Test
    void qualifiedAliasesOfTheNonAlignedMovement() {
        assertEquals("Qoşulmama Hərəkatı",
                only(find("Azərbaycanın Qoşulmama Hərəkatına sədrliyi", "az"), "kb:non-aligned-movement").surface());
        assertEquals("جنبش غیرمتعهدها",
                only(find("ریاست جنبش غیرمتعهدها به اوگاندا رسید", "fa"), "kb:non-aligned-movement").surface());
        assertEquals("حركة عدم الانحياز",
                only(find("دول حركة عدم الانحياز تجتمع", "ar"), "kb:non-aligned-movement").surface());
    }

    @Test
    void persianCldrCityNamesCountInPersianText() {
        // each CLDR language keeps its own posting, so a Persian name spelled as in Urdu or Pashto is still found
        only(find("وزیر امور خارجه دیروز در سیدنی بود", "fa"), "cldr:city:Australia/Sydney");
        // a short one-word Persian CLDR city name counts when it is no frequent ordinary word (آتن), not when it is
        only(find("وزیر امور خارجه دیروز در آتن بود", "fa"), "cldr:city:Europe/Athens");
        assertTrue(find("کیف او را بردند", "fa").isEmpty(), () -> find("کیف او را بردند", "fa").toString());
    }

    @Test
    void stopWordsAndCommonWordsDoNotFire() {
        assertTrue(find("The bar was closed in May and the male guard left.", "en").isEmpty());
        // Persian Monday (= Dushanbe in CLDR) and "financial" (= Mali)
        assertTrue(find("روز دوشنبه گزارش مالی منتشر شد", "fa").isEmpty());
        // "و یک" must not glue into Wake Island's Persian name
        assertTrue(find("یک کتاب و یک قلم", "fa").isEmpty(), () -> find("یک کتاب و یک قلم", "fa").toString());
    }

    @Test
    void abbreviationsOnlyInCapitals() {
        assertEquals("BMT", only(find("BMT-dən sonra ikinci təşkilat", "az"), "Q1065").surface());
        assertTrue(find("bmt dən sonra", "az").isEmpty());
        assertTrue(find("Il y a un homme et une femme.", "fr").isEmpty());
    }

    @Test
    void worksWithoutAnyLanguageOrTokenLayer() {
        List<Mention> mentions = find("Vladimir Putin met Recep Tayyip Erdoğan in Moscow.", null);
        only(mentions, "Q7747");
        only(mentions, "Q39259");
        only(mentions, "Q649");
    }

    @Test
    void aMillionCharactersDoNotBlowUp() {
        StringBuilder text = new StringBuilder();
        String sentence = "Prezident İlham Əliyev Bakıda BMT nümayəndələri ilə görüşüb. ";
        while (text.length() < 1_000_000) {
            text.append(sentence);
        }
        List<Mention> mentions = find(text.toString(), "az");
        long repetitions = text.length() / sentence.length();
        assertTrue(mentions.size() >= 3 * repetitions, () -> mentions.size() + " mentions");
    }
}
