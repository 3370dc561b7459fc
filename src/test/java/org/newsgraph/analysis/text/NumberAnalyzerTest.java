package org.newsgraph.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.NumberMention;
import org.newsgraph.analysis.time.DateAnalyzer;

class NumberAnalyzerTest {
    private static final NumberAnalyzer NUMBERS = new NumberAnalyzer();

    private static List<NumberMention> find(String text) {
        return NUMBERS.find(text, List.of());
    }

    private static void assertOne(String text, String expectedText, String value) {
        List<NumberMention> found = find(text);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        assertEquals(expectedText, found.get(0).text());
        assertEquals(expectedText, text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()), () -> found.get(0).value().toString());
    }

    @Test
    void digitsOfEveryScript() {
        assertOne("در 300 دفتر", "300", "300");
        assertOne("در ۳۰۰ دفتر", "۳۰۰", "300");
        assertOne("توحد ١٢٠ دولة", "١٢٠", "120");
    }

    @Test
    void separators() {
        assertOne("نرخ ۳٫۵ درصد", "۳٫۵", "3.5");
        assertOne("مبلغ ۱٬۲۳۴٬۵۶۷ ریال", "۱٬۲۳۴٬۵۶۷", "1234567");
        assertOne("cost 1,234,567 dollars", "1,234,567", "1234567");
        assertOne("cost 1,234 dollars", "1,234", "1234");
        assertOne("rate 2.75 now", "2.75", "2.75");
        assertOne("faiz 2,5 oldu", "2,5", "2.5");
        assertOne("1.234.567 nəfər", "1.234.567", "1234567");
        assertOne("١٢٫٥ مليون", "١٢٫٥", "12.5");
    }

    @Test
    void percentAndSign() {
        assertOne("rose 12.5% today", "12.5%", "12.5");
        assertOne("افزایش ۲۰٪ یافت", "۲۰٪", "20");
        assertOne("temperature -5 degrees", "-5", "-5");
        List<NumberMention> range = find("pages 15-20");
        assertEquals(2, range.size());
        assertEquals(0, BigDecimal.valueOf(20).compareTo(range.get(1).value()));
    }

    @Test
    void namesWithDigitsAreNotNumbers() {
        assertTrue(find("COP29 and G7 and COVID-19").isEmpty());
        assertOne("جذب714 میلیارد", "714", "714");
    }

    @Test
    void numbersInsideDatesAreSkipped() {
        Document doc = Document.of("پنجشنبه 8 آذر 1403 در 4 سال گذشته 120 دولت");
        new DateAnalyzer().analyze(doc);
        NUMBERS.analyze(doc);
        assertEquals(List.of("4", "120"), doc.numbers().stream().map(NumberMention::text).toList());
    }

    @Test
    void badInput() {
        assertTrue(find("").isEmpty());
        assertTrue(find(null).isEmpty());
        assertTrue(find("... ,,, ٫٫ %%").isEmpty());
        assertEquals(10_000, find("12 ".repeat(10_000)).size());
        assertEquals(1, find("9".repeat(5000)).size());
    }
}
