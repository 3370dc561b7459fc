package org.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;

class DateAnalyzerTest {
    private static final DateAnalyzer ANALYZER = new DateAnalyzer();

    private static DateMention only(String text) {
        List<DateMention> found = ANALYZER.find(text);
        assertEquals(1, found.size(), () -> "expected one date in [" + text + "], got " + found);
        DateMention d = found.get(0);
        assertEquals(d.text(), text.substring(d.start(), d.end()), "offsets point into the original");
        return d;
    }

    private static void assertDate(String text, String expectedText, String calendar, String start, String end) {
        DateMention d = only(text);
        assertEquals(expectedText, d.text());
        assertEquals(calendar, d.calendar());
        assertEquals(start == null ? null : LocalDate.parse(start), d.startDate());
        assertEquals(end == null ? null : LocalDate.parse(end), d.endDate());
    }

    @Test
    void solarHijriWithWeekday() {
        assertDate("پنجشنبه 8 آذر 1403", "پنجشنبه 8 آذر 1403", "solar_hijri", "2024-11-28", "2024-11-28");
    }

    @Test
    void solarHijriPersianDigitsArabicLettersAndMah() {
        assertDate("در روز ۸ آذر ماه ۱۴۰۳ برگزار شد", "۸ آذر ماه ۱۴۰۳", "solar_hijri", "2024-11-28", "2024-11-28");
        assertDate("تاريخ: 1 فروردين 1403", "1 فروردين 1403", "solar_hijri", "2024-03-20", "2024-03-20");
        assertDate("سه‌شنبه ۱۲ اردیبهشت ۱۴۰۲", "سه‌شنبه ۱۲ اردیبهشت ۱۴۰۲", "solar_hijri", "2023-05-02", "2023-05-02");
    }

    @Test
    void persianOrdinalDayWord() {
        assertDate("امیرعبداللهیان اول دی ماه 1400 به باکو رفت", "اول دی ماه 1400", "solar_hijri",
                "2021-12-22", "2021-12-22");
        assertDate("پانزدهم خرداد 1403", "پانزدهم خرداد 1403", "solar_hijri", "2024-06-04", "2024-06-04");
    }

    @Test
    void gregorianInPersian() {
        assertDate("به گزارش آران نیوز در 25 اکتبر 2023، چهار", "25 اکتبر 2023", "gregorian", "2023-10-25", "2023-10-25");
        assertDate("در 15 تا 20 ژانویه 2024 برگزار", "15 تا 20 ژانویه 2024", "gregorian", "2024-01-15", "2024-01-20");
        assertDate("۳ جولای ۲۰۲۴", "۳ جولای ۲۰۲۴", "gregorian", "2024-07-03", "2024-07-03");
        assertDate("10 آگوست 2022", "10 آگوست 2022", "gregorian", "2022-08-10", "2022-08-10");
    }

    @Test
    void twoDaysWithoutYearTakeTheYearOfThePrecedingDate() {
        List<DateMention> found = ANALYZER.find("پنجشنبه 8 آذر 1403\nنشست چهارشنبه و پنجشنبه 14 و 15 تیر ماه در باکو");
        assertEquals(2, found.size());
        DateMention days = found.get(1);
        assertEquals("چهارشنبه و پنجشنبه 14 و 15 تیر ماه", days.text());
        assertEquals("solar_hijri", days.calendar());
        assertEquals(LocalDate.of(2024, 7, 4), days.startDate());
        assertEquals(LocalDate.of(2024, 7, 5), days.endDate());
    }

    @Test
    void missingYearWithoutReferenceStaysOpen() {
        assertDate("نشست 14 و 15 تیر در باکو", "14 و 15 تیر", "solar_hijri", null, null);
    }

    @Test
    void referenceInAnotherCalendarIsConverted() {
        List<DateMention> found = ANALYZER.find("25 اکتبر 2023: جلسه 3 آبان برگزار شد");
        assertEquals(LocalDate.of(2023, 10, 25), found.get(1).startDate());
    }

    @Test
    void arabic() {
        assertDate("في 13 يوليو 2024 التقى", "13 يوليو 2024", "gregorian", "2024-07-13", "2024-07-13");
        assertDate("يوم الخميس 13 تموز/يوليو 2024", "الخميس 13 تموز/يوليو 2024", "gregorian", "2024-07-13", "2024-07-13");
        assertDate("في الفترة من 8 إلى 10 يوليو 1992 في هلسنكي", "8 إلى 10 يوليو 1992", "gregorian", "1992-07-08", "1992-07-10");
        assertDate("٥ كانون الثاني ٢٠٢٤", "٥ كانون الثاني ٢٠٢٤", "gregorian", "2024-01-05", "2024-01-05");
        assertDate("في 20 ديسمبر 1993.", "20 ديسمبر 1993", "gregorian", "1993-12-20", "1993-12-20");
        assertDate("الثالث عشر من يوليو 2024", "الثالث عشر من يوليو 2024", "gregorian", "2024-07-13", "2024-07-13");
    }

    @Test
    void arabicRangeWithoutYearAfterMonthYear() {
        List<DateMention> found = ANALYZER.find("بدأ في فبراير 1992. في 27-28 فبراير، نوقش");
        assertEquals(2, found.size());
        assertEquals("فبراير 1992", found.get(0).text());
        assertEquals(LocalDate.of(1992, 2, 1), found.get(0).startDate());
        assertEquals(LocalDate.of(1992, 2, 29), found.get(0).endDate());
        assertEquals(LocalDate.of(1992, 2, 27), found.get(1).startDate());
        assertEquals(LocalDate.of(1992, 2, 28), found.get(1).endDate());
    }

    @Test
    void arabicRelativeDayOfCurrentMonth() {
        List<DateMention> found = ANALYZER.find("13 يوليو 2024. في الثالث عشر من الشهر الجاري التقى");
        assertEquals(2, found.size());
        assertEquals("الثالث عشر من الشهر الجاري", found.get(1).text());
        assertEquals(LocalDate.of(2024, 7, 13), found.get(1).startDate());
    }

    @Test
    void relativeDayWithoutPrecedingDateStaysOpen() {
        List<DateMention> found = ANALYZER.find("في الثالث عشر من الشهر الجاري التقى. بدأ في فبراير 1992");
        assertEquals("الثالث عشر من الشهر الجاري", found.get(0).text());
        assertNull(found.get(0).startDate());
    }

    @Test
    void hijriLunar() {
        assertDate("15 رمضان 1445 هـ", "15 رمضان 1445 هـ", "hijri", "2024-03-25", "2024-03-25");
        assertDate("1 محرم 1446 ه‍.ق", "1 محرم 1446 ه‍.ق", "hijri", "2024-07-07", "2024-07-07");
        assertDate("12 ربيع الأول 1446", "12 ربيع الأول 1446", "hijri", "2024-09-15", "2024-09-15");
        assertDate("۱۰ ذی‌الحجه ۱۴۴۵ ق", "۱۰ ذی‌الحجه ۱۴۴۵ ق", "hijri", "2024-06-16", "2024-06-16");
    }

    @Test
    void azerbaijani() {
        assertDate("2023-cü il oktyabrın 25-də Azərbaycan", "2023-cü il oktyabrın 25-də", "gregorian", "2023-10-25", "2023-10-25");
        assertDate("2024-cü il yanvarın 15-20-də Kampala", "2024-cü il yanvarın 15-20-də", "gregorian", "2024-01-15", "2024-01-20");
        assertDate("25 oktyabr 2023-cü il", "25 oktyabr 2023-cü il", "gregorian", "2023-10-25", "2023-10-25");
        assertDate("cümə axşamı, 28 noyabr 2024", "cümə axşamı, 28 noyabr 2024", "gregorian", "2024-11-28", "2024-11-28");
    }

    @Test
    void azerbaijaniRangeWithoutYearUsesReference() {
        List<DateMention> found = ANALYZER.find("2024-cü il yanvarın 10-da. Sonra yanvarın 15-20-də görüş");
        assertEquals(2, found.size());
        assertEquals("yanvarın 15-20-də", found.get(1).text());
        assertEquals(LocalDate.of(2024, 1, 20), found.get(1).endDate());
    }

    @Test
    void turkishAndRussian() {
        assertDate("25 Ekim 2023 tarihinde", "25 Ekim 2023", "gregorian", "2023-10-25", "2023-10-25");
        assertDate("Perşembe 28 Kasım 2024", "Perşembe 28 Kasım 2024", "gregorian", "2024-11-28", "2024-11-28");
        assertDate("в четверг, 28 ноября 2024 года", "четверг, 28 ноября 2024 года", "gregorian", "2024-11-28", "2024-11-28");
        assertDate("с 15 по 20 января 2024", "15 по 20 января 2024", "gregorian", "2024-01-15", "2024-01-20");
    }

    @Test
    void english() {
        assertDate("On January 15, 2024 the", "January 15, 2024", "gregorian", "2024-01-15", "2024-01-15");
        assertDate("Thursday, November 28, 2024", "Thursday, November 28, 2024", "gregorian", "2024-11-28", "2024-11-28");
        assertDate("held 15-20 January 2024 in", "15-20 January 2024", "gregorian", "2024-01-15", "2024-01-20");
        assertDate("the 15th of January 2024", "15th of January 2024", "gregorian", "2024-01-15", "2024-01-15");
        assertDate("Jan. 5, 2024", "Jan. 5, 2024", "gregorian", "2024-01-05", "2024-01-05");
        assertDate("from 28 December to 3 January 2024", "28 December to 3 January 2024", "gregorian",
                "2023-12-28", "2024-01-03");
    }

    @Test
    void numeric() {
        assertDate("on 2024-01-15.", "2024-01-15", "gregorian", "2024-01-15", "2024-01-15");
        assertDate("تاریخ 15.01.2024 ", "15.01.2024", "gregorian", "2024-01-15", "2024-01-15");
        assertDate("تاریخ ۱۴۰۳/۰۹/۰۸ ", "۱۴۰۳/۰۹/۰۸", "solar_hijri", "2024-11-28", "2024-11-28");
        assertDate("1446/01/01 هـ.ق", "1446/01/01 هـ.ق", "hijri", "2024-07-07", "2024-07-07");
        assertDate("12/25/2023", "12/25/2023", "gregorian", "2023-12-25", "2023-12-25");
    }

    @Test
    void invalidDaysAreNotReported() {
        assertTrue(ANALYZER.find("31 February 2024").isEmpty());
        assertTrue(ANALYZER.find("30 فبراير 2023").isEmpty());
        assertTrue(ANALYZER.find("2024-02-30").isEmpty());
        assertTrue(ANALYZER.find("30 اسفند 1402").isEmpty(), "1402 is a common year");
        assertEquals(1, ANALYZER.find("30 اسفند 1403").size(), "1403 is a leap year");
    }

    @Test
    void wordsThatAreAlsoMonthsNeedAYear() {
        assertTrue(ANALYZER.find("5 آب معدنی خرید").isEmpty());
        assertTrue(ANALYZER.find("دمای 10 صفر شد").isEmpty());
        assertTrue(ANALYZER.find("15 می شود").isEmpty());
        assertEquals(1, ANALYZER.find("5 آب 2024").size());
    }

    @Test
    void numbersThatAreNotDates() {
        assertTrue(ANALYZER.find("در 4 سال گذشته 120 دولت و 3.5 درصد و نسخه 1.2.3").isEmpty());
        assertTrue(ANALYZER.find("COVID-19 and G-77, 2024 budget").isEmpty());
    }

    @Test
    void badInputNeverThrows() {
        assertTrue(ANALYZER.find("").isEmpty());
        assertTrue(ANALYZER.find(null).isEmpty());
        ANALYZER.find("\u0000\uFFFF\uD800 ۸ ۸ ۸ آذر آذر ---- //// 99/99/9999 0 ژانویه 0000");
        String huge = "۸ آذر ۱۴۰۳، ".repeat(20_000) + "x".repeat(200_000);
        assertEquals(20_000, ANALYZER.find(huge).size());
        Document doc = Document.of("8 آذر 1403");
        ANALYZER.analyze(doc);
        assertEquals(1, doc.dates().size());
    }
}
