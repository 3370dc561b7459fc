package org.newsgraph.analysis.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Finds date expressions in any of the calendars news uses (Gregorian, Solar Hijri, lunar Hijri) and
 * languages (Persian, Arabic, Azerbaijani, Turkish, Russian, English), and adds them to
 * {@link Document#dates()} in text order, with offsets into the original text.
 *
 * <p>Forms: "[weekday] 8 آذر 1403", "15 تا 20 ژانویه 2024", "14 و 15 تیر ماه", "13 تموز/يوليو 2024",
 * "اول دی ماه 1400", "الثالث عشر من يوليو", "January 15, 2024", "2023-cü il oktyabrın 25-də",
 * "yanvarın 15-20-də", "28 ноября 2024 года", "15 رمضان 1445 هـ", month + year ("فبراير 1992", a whole-month
 * span), numeric "2024-01-15", "1403/09/08", "15.01.2024" (day first), and "13th of this month"
 * ("الثالث عشر من الشهر الجاري", month and year from the reference date below).
 *
 * <p>The month name decides the calendar. A numeric date's year decides it: 1300-1499 is Solar Hijri
 * (lunar Hijri when marked ق / هـ.ق), 1700-2199 Gregorian. Day/month order for d.m.yyyy is day first
 * unless the day slot cannot be a month's day and the month slot can.
 *
 * <p>Year rule: a date written without a year takes it from the reference date: the nearest preceding
 * date in the text that has a year, else the first following one; the reference is converted to the
 * mention's calendar first ("13th of the current month" takes month and year only from a preceding
 * date, normally the dateline). With no reference at all, the year stays open: the mention is reported
 * with null startDate/endDate (its text still says day and month). Days that do not exist (31 February,
 * 31 Esfand in a common year) are not reported. A list "14 و 15 تیر" or a range "15-20 January" is one
 * mention spanning first to last day. Thread-safe once built; build once, reuse.
 */
public final class DateAnalyzer implements Analyzer {
    private static final String LETTER_OR_DIGIT_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NUMBER_CONTEXT_BEFORE = "(?<![\\p{L}\\p{N}.,/:-])";
    private static final String NO_LETTER_AFTER = "(?![\\p{L}])";
    private static final String RANGE_CONNECTOR = "(?:-|/|تا|الی|حتی|to|until|through|till|по)";
    private static final String CONNECTOR = "(?:-|تا|الی|حتی|to|until|through|till|and|ve|и|по|و|&)";
    private static final String MAH = "(?:\\s*ماه" + NO_LETTER_AFTER + ")?";
    private static final String YEAR = "(?<y>[0-9]{4})(?![0-9])";
    /** Era/calendar markers after a year, and Turkic/Russian "year" words that belong to the expression. */
    private static final String MARKER = "(?:\\s*(?<mk>ه\\s*ـ?\\s*\\.?\\s*[قش]|هـ|ه|هجری\\s*(?:قمری|شمسی)?|ق|ش"
            + "|میلادی|م|a\\.?h|a\\.?d|ce|bc|года|году|г|-?\\s*(?:c[iu]|nc[iu])\\s+il(?:in|de|da)?|yilinda|yili)\\.?"
            + NO_LETTER_AFTER + ")?";

    private final DateLexicon lexicon = new DateLexicon();
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern monthYear;
    private final Pattern relativeDay;
    private final Pattern isoNumeric;
    private final Pattern dayFirstNumeric;

    public DateAnalyzer() {
        String month = "(?:" + lexicon.monthRegex() + ")\u0654?" + NO_LETTER_AFTER;
        String latinMonth = "(?:" + lexicon.latinMonthRegex() + ")";
        String weekday = "(?:" + lexicon.weekdayRegex() + ")" + NO_LETTER_AFTER;
        String weekdays = "(?:" + weekday + "(?:\\s*(?:و|and|ve|и|,|،)\\s*" + weekday + ")?\\s*[,،]?\\s*)?";
        String dayNumber = "[0-9]{1,2}(?![0-9])(?:st|nd|rd|th)?";
        String day = "(?:" + dayNumber + "|(?:" + lexicon.dayWordRegex() + ")" + NO_LETTER_AFTER + ")";

        dayMonthYear = Pattern.compile(LETTER_OR_DIGIT_BEFORE + weekdays
                + "(?<d1>" + day + ")"
                + "(?:(?:\\s*(?<m1>" + month + ")\\s*" + RANGE_CONNECTOR + "|\\s*" + CONNECTOR + ")\\s*(?<d2>" + day + "))?"
                + "\\s*(?:of\\s+|من\\s*(?:شهر\\s*)?)?"
                + "(?<m2>" + month + ")" + MAH
                + "(?:\\s*/\\s*(?<m3>" + month + "))?"
                + "(?:\\s*[,،]?\\s*(?:سال\\s*)?" + YEAR + MARKER + ")?");
        monthDayYear = Pattern.compile(LETTER_OR_DIGIT_BEFORE + weekdays
                + "(?:(?<ay>[0-9]{4})\\s*-?\\s*(?:c[iu]|nc[iu])\\s+il(?:in)?\\s+)?"
                + "(?<m>" + latinMonth + ")(?:in|un|nin|nun)?\\.?\\s*"
                + "(?<d1>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?"
                + "(?:\\s*" + CONNECTOR + "\\s*(?<d2>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?)?"
                + "(?:\\s*['’-]\\s*[a-z]{1,4}" + NO_LETTER_AFTER + ")?"
                + "(?:\\s*,?\\s*" + YEAR + ")?");
        monthYear = Pattern.compile(LETTER_OR_DIGIT_BEFORE
                + "(?<m>" + "(?:" + lexicon.monthRegex() + ")\u0654?(?:in|un|da|de|nda|nde)?" + NO_LETTER_AFTER + ")" + MAH
                + "\\s*[,،]?\\s*(?:(?:سال|عام|of)\\s*)?" + YEAR + MARKER);
        relativeDay = Pattern.compile(LETTER_OR_DIGIT_BEFORE + weekdays
                + "(?<d1>" + day + ")\\s*(?:من\\s*)?(?:الشهر\\s*الجاری|هذا\\s*الشهر|الشهر\\s*الحالی|ماه\\s*جاری)"
                + NO_LETTER_AFTER);
        isoNumeric = Pattern.compile(NUMBER_CONTEXT_BEFORE + YEAR
                + "(?<sep>[-/.])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})(?![0-9]|[.,/:-][0-9])" + MARKER);
        dayFirstNumeric = Pattern.compile(NUMBER_CONTEXT_BEFORE
                + "(?<d>[0-9]{1,2})(?<sep>[-/.])(?<m>[0-9]{1,2})\\k<sep>" + YEAR + "(?![.,/:-][0-9])" + MARKER);
    }

    /** A match before its year is resolved. Months 1-12; day 0 means the whole month. */
    private static final class Candidate {
        int start;
        int end;
        CalendarSystem calendar;
        Integer year;
        int startMonth;
        int startDay;
        int endMonth;
        int endDay;
        boolean monthFromReference;
        LocalDate startDate;
        LocalDate endDate;

        int length() {
            return end - start;
        }
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.DATES);
    }

    @Override
    public void analyze(Document document) {
        document.dates().addAll(find(document.text()));
    }

    /** All date mentions of the text, in text order, without overlaps. Never throws on odd input. */
    public List<DateMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = TextNormalizer.dateText(text);
        List<Candidate> candidates = new ArrayList<>();
        collectDayMonthYear(folded, candidates);
        collectMonthDayYear(folded, candidates);
        collectMonthYear(folded, candidates);
        collectRelative(folded, candidates);
        collectNumeric(folded, isoNumeric, candidates);
        collectNumeric(folded, dayFirstNumeric, candidates);

        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparing(c -> -c.length()));
        List<Candidate> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (Candidate c : candidates) {
            if (c.start >= coveredUntil) {
                kept.add(c);
                coveredUntil = c.end;
            }
        }
        resolve(kept);

        List<DateMention> mentions = new ArrayList<>();
        for (Candidate c : kept) {
            boolean openYear = c.year == null || (c.monthFromReference && c.startMonth == 0);
            if (!openYear && c.startDate == null) {
                continue; // a day that does not exist
            }
            mentions.add(new DateMention(c.start, c.end, text.substring(c.start, c.end), c.calendar.id(),
                    c.startDate, c.endDate));
        }
        return mentions;
    }

    private void collectDayMonthYear(String folded, List<Candidate> out) {
        Matcher m = dayMonthYear.matcher(folded);
        while (m.find()) {
            DateLexicon.MonthName month = lexicon.month(m.group("m2"));
            Integer d1 = day(m.group("d1"));
            Integer d2 = m.group("d2") == null ? d1 : day(m.group("d2"));
            if (month == null || d1 == null || d2 == null) {
                continue;
            }
            Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
            if (month.needsYear() && year == null) {
                continue;
            }
            int startMonth = month.month();
            if (m.group("m1") != null) {
                DateLexicon.MonthName first = lexicon.month(m.group("m1"));
                if (first == null || first.calendar() != month.calendar()) {
                    continue;
                }
                startMonth = first.month();
            }
            Candidate c = candidate(m.start(), m.end(), month.calendar(), year, startMonth, d1, month.month(), d2);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private void collectMonthDayYear(String folded, List<Candidate> out) {
        Matcher m = monthDayYear.matcher(folded);
        while (m.find()) {
            DateLexicon.MonthName month = lexicon.month(m.group("m"));
            if (month == null) {
                continue;
            }
            int d1 = Integer.parseInt(m.group("d1"));
            int d2 = m.group("d2") == null ? d1 : Integer.parseInt(m.group("d2"));
            String y = m.group("ay") != null ? m.group("ay") : m.group("y");
            Integer year = y == null ? null : Integer.valueOf(y);
            Candidate c = candidate(m.start(), m.end(), month.calendar(), year, month.month(), d1, month.month(), d2);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private void collectMonthYear(String folded, List<Candidate> out) {
        Matcher m = monthYear.matcher(folded);
        while (m.find()) {
            String name = m.group("m").replaceAll("(?:in|un|da|de|nda|nde)$", "");
            DateLexicon.MonthName month = lexicon.month(m.group("m"));
            if (month == null) {
                month = lexicon.month(name);
            }
            if (month == null) {
                continue;
            }
            Candidate c = candidate(m.start(), m.end(), month.calendar(), Integer.valueOf(m.group("y")),
                    month.month(), 0, month.month(), 0);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private void collectRelative(String folded, List<Candidate> out) {
        Matcher m = relativeDay.matcher(folded);
        while (m.find()) {
            Integer d = day(m.group("d1"));
            if (d == null) {
                continue;
            }
            Candidate c = new Candidate();
            c.start = m.start();
            c.end = m.end();
            c.startDay = d;
            c.endDay = d;
            c.monthFromReference = true;
            c.calendar = CalendarSystem.GREGORIAN; // replaced by the reference's calendar when one exists
            out.add(c);
        }
    }

    private void collectNumeric(String folded, Pattern pattern, List<Candidate> out) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            int month = Integer.parseInt(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            if (pattern == dayFirstNumeric && month > 12 && day <= 12) {
                int swap = month; // month-first (US) order is the only reading left
                month = day;
                day = swap;
            }
            CalendarSystem calendar = numericCalendar(year, m.group("mk"));
            if (calendar == null) {
                continue;
            }
            Candidate c = candidate(m.start(), m.end(), calendar, year, month, day, month, day);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private static CalendarSystem numericCalendar(int year, String marker) {
        CalendarSystem marked = marker == null ? null : markerCalendar(marker);
        if (year >= 1300 && year < 1500) {
            return marked == CalendarSystem.HIJRI ? CalendarSystem.HIJRI : CalendarSystem.SOLAR_HIJRI;
        }
        if (year >= 1700 && year < 2200) {
            return CalendarSystem.GREGORIAN;
        }
        return null;
    }

    private static CalendarSystem markerCalendar(String marker) {
        String m = marker.replaceAll("[\\s.ـ]", "");
        if (m.endsWith("ش") || m.endsWith("شمسی")) {
            return CalendarSystem.SOLAR_HIJRI;
        }
        if (m.equals("ه") || m.endsWith("ق") || m.endsWith("قمری") || m.equals("هجری") || m.equals("ah")) {
            return CalendarSystem.HIJRI;
        }
        if (m.equals("م") || m.equals("میلادی") || m.equals("ad") || m.equals("ce")) {
            return CalendarSystem.GREGORIAN;
        }
        return null;
    }

    private static boolean plausibleYear(CalendarSystem calendar, int year) {
        return switch (calendar) {
            case GREGORIAN -> year >= 1000 && year < 2200;
            case SOLAR_HIJRI -> year >= 1000 && year < 1600;
            case HIJRI -> year >= 1000 && year < 1700;
        };
    }

    private static Candidate candidate(int start, int end, CalendarSystem calendar, Integer year,
                                       int startMonth, int startDay, int endMonth, int endDay) {
        if (year != null && !plausibleYear(calendar, year)) {
            return null;
        }
        if (startDay > 31 || endDay > 31 || startDay < 0 || endDay < 0
                || (startDay == 0) != (endDay == 0)) {
            return null;
        }
        Candidate c = new Candidate();
        c.start = start;
        c.end = end;
        c.calendar = calendar;
        c.year = year;
        c.startMonth = startMonth;
        c.startDay = startDay;
        c.endMonth = endMonth;
        c.endDay = endDay;
        return c;
    }

    /** Fills in years and months from the reference dates, then converts to ISO. */
    private static void resolve(List<Candidate> kept) {
        for (Candidate c : kept) {
            if (c.year != null && !c.monthFromReference) {
                toIso(c);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            if (c.year != null && !c.monthFromReference) {
                continue;
            }
            Candidate reference = reference(kept, i, !c.monthFromReference);
            if (reference == null) {
                continue;
            }
            if (c.monthFromReference) {
                c.calendar = reference.calendar;
                int[] fields = c.calendar.fieldsOf(reference.startDate);
                c.year = fields[0];
                c.startMonth = fields[1];
                c.endMonth = fields[1];
            } else {
                c.year = c.calendar.fieldsOf(reference.startDate)[0];
            }
            toIso(c);
        }
    }

    /** The nearest preceding dated mention; a following one only when {@code mayFollow} (years, not months). */
    private static Candidate reference(List<Candidate> kept, int index, boolean mayFollow) {
        for (int j = index - 1; j >= 0; j--) {
            Candidate r = kept.get(j);
            if (r.year != null && !r.monthFromReference && r.startDate != null) {
                return r;
            }
        }
        for (int j = index + 1; mayFollow && j < kept.size(); j++) {
            Candidate r = kept.get(j);
            if (r.year != null && !r.monthFromReference && r.startDate != null) {
                return r;
            }
        }
        return null;
    }

    private static void toIso(Candidate c) {
        // A range written across a year end ("28 December - 3 January 2024") starts the year before.
        int startYear = c.startMonth > c.endMonth ? c.year - 1 : c.year;
        LocalDate start = c.calendar.toIso(startYear, c.startMonth, c.startDay == 0 ? 1 : c.startDay);
        LocalDate end = c.endDay == 0
                ? c.calendar.toIso(c.year, c.endMonth, Math.max(1, c.calendar.lengthOfMonth(c.year, c.endMonth)))
                : c.calendar.toIso(c.year, c.endMonth, c.endDay);
        if (start == null || end == null || end.isBefore(start)) {
            c.startDate = null;
            c.endDate = null;
            return;
        }
        c.startDate = start;
        c.endDate = end;
    }

    private Integer day(String matched) {
        if (matched == null) {
            return null;
        }
        String digits = matched.replaceAll("(?:st|nd|rd|th)$", "");
        if (digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Integer.valueOf(digits);
        }
        return lexicon.dayWord(matched);
    }
}
