package org.newsgraph.analysis.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.time.DateAnalyzer;

class RawTextMetadataAnalyzerTest {
    private static final DateAnalyzer DATES = new DateAnalyzer();
    private static final RawTextMetadataAnalyzer ANALYZER = new RawTextMetadataAnalyzer(DATES);

    private static Document analyze(String text) {
        Document doc = Document.of(text);
        DATES.analyze(doc);
        ANALYZER.analyze(doc);
        return doc;
    }

    @Test
    void titleSkipsBlankLinesDatelineAndChrome() {
        Document doc = analyze("\n\nسه‌شنبه ۱۲ تیر ۱۴۰۲\n\nمشاهده در مرجع\nShare\nHome | World | Politics | Sport\n"
                + "سفر وزیر خارجه به باکو برای نشست جنبش\nمتن خبر ...");
        assertEquals("سفر وزیر خارجه به باکو برای نشست جنبش", doc.title());
        assertEquals(LocalDate.of(2023, 7, 3), doc.dateline().startDate());
        assertEquals("solar_hijri", doc.dateline().calendar());
    }

    @Test
    void titleIsCappedAtAWordBoundary() {
        String longLine = "word ".repeat(100).strip();
        Document doc = analyze(longLine + "\nbody");
        assertTrue(doc.title().length() <= RawTextMetadataAnalyzer.MAX_TITLE_LENGTH + 1);
        assertTrue(doc.title().endsWith("…"));
        assertTrue(doc.title().startsWith("word word"));
    }

    @Test
    void datelineFromAttribution() {
        Document doc = analyze("عنوان خبر مهم درباره اجلاس\nاجلاس در 15 تا 20 ژانویه 2024 برگزار می شود.\n"
                + "به گزارش آران نیوز در 25 اکتبر 2023، ریاست به پایان می رسد.");
        assertEquals("آران نیوز", doc.source());
        assertEquals(LocalDate.of(2023, 10, 25), doc.dateline().startDate());
        assertEquals("25 اکتبر 2023", doc.dateline().text());
    }

    @Test
    void persianSources() {
        assertEquals("فارس", analyze("به گزارش فارس به نقل از وزارت ارتباطات، وارسته گفت").source());
        assertEquals("خبرگزاری فارس", analyze("به گزارش خبرنگار سیاسی خبرگزاری فارس از تهران، وزیر گفت").source());
        assertEquals("ایرنا", analyze("متن. به نقل از ایرنا، رئیس جمهور").source());
        assertEquals("ایسنا", analyze("متن\nمنبع: ایسنا").source());
    }

    @Test
    void arabicSources() {
        assertEquals("وكالة تسنيم للأنباء",
                analyze("وبحسب المجموعة الدولية وكالة تسنيم للأنباء، فإن الرئيس").source());
        assertEquals("رويترز", analyze("قال الوزير، وفقا لـ رويترز، إن").source());
        assertEquals("وكالة الأنباء", analyze("نقلا عن وكالة الأنباء في بيروت").source());
    }

    @Test
    void azerbaijaniTurkishEnglishSources() {
        assertEquals("AZƏRTAC", analyze("Nazirliyinin Mətbuat xidmətindən AZƏRTAC-a bildirilib ki, 4 il").source());
        assertEquals("APA", analyze("APA-nın məlumatına görə, görüş keçirilib").source());
        assertEquals("Anadolu Ajansı", analyze("Anadolu Ajansı'nın haberine göre toplantı").source());
        assertEquals("Reuters", analyze("LONDON, Jan 15, 2024 (Reuters) - Oil prices rose").source());
        assertEquals("Reuters", analyze("LONDON, Jan 15, 2024 (Reuters) - Oil prices rose").source());
        assertEquals(LocalDate.of(2024, 1, 15),
                analyze("LONDON, Jan 15, 2024 (Reuters) - Oil prices rose").dateline().startDate());
        assertEquals("the ministry", analyze("Prices rose, according to the ministry.").source());
        assertEquals("Interfax", analyze("Interfax reported that the talks").source());
    }

    @Test
    void nothingFoundSetsNothing() {
        Document doc = analyze("");
        assertNull(doc.title());
        assertNull(doc.dateline());
        assertNull(doc.source());
        Document garbage = analyze("\u0000 ||| ... \n\n --- ");
        assertNull(garbage.title());
        assertNull(garbage.source());
    }

    @Test
    void seeds() throws IOException {
        Path dir = Path.of("../shared/seeds");
        assumeTrue(Files.isDirectory(dir), "seed articles absent (../shared/seeds); skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Document doc = analyze(Files.readString(file));
            assertNotNull(doc.title(), file + ": title");
            assertTrue(doc.title().length() >= 15 && doc.title().length() <= RawTextMetadataAnalyzer.MAX_TITLE_LENGTH + 1,
                    file + ": title " + doc.title());
            assertTrue(doc.title().split("\\s+").length >= 3, file + ": title " + doc.title());
            if (file.getFileName().toString().startsWith("003")) {
                assertNotNull(doc.dateline(), "seed 003 dateline");
                assertEquals(LocalDate.of(2024, 11, 28), doc.dateline().startDate());
                assertEquals("solar_hijri", doc.dateline().calendar());
                assertTrue(!doc.title().contains("1403"), "the dateline is not the title");
            }
        }
    }
}
