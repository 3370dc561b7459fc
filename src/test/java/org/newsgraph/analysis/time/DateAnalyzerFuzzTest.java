package org.newsgraph.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsgraph.analysis.document.DateMention;

/**
 * Dates in every calendar on any text: mentions lie within the text, in order and without overlaps, quote the
 * text exactly, name a calendar, and their ISO span is days that exist, written in that calendar as a day that
 * exists. The calendar conversion itself round-trips for every year, month and day.
 * Seeds: {@code DateAnalyzerFuzzTestInputs/<method>/}.
 */
class DateAnalyzerFuzzTest {
    private static final DateAnalyzer DATES = new DateAnalyzer();
    private static final Set<String> CALENDARS = Set.of("gregorian", "solar_hijri", "hijri");

    @FuzzTest(maxDuration = "10s")
    void find(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<DateMention> mentions = DATES.find(text);
        int previousEnd = 0;
        for (DateMention m : mentions) {
            assertTrue(m.start() >= previousEnd && m.start() < m.end() && m.end() <= text.length(),
                    () -> "span out of order or outside the text: " + m);
            previousEnd = m.end();
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(CALENDARS.contains(m.calendar()), m.calendar());
            assertEquals(m.startDate() == null, m.endDate() == null, "both ends of a span or neither");
            if (m.startDate() != null) {
                assertFalse(m.endDate().isBefore(m.startDate()), () -> "ends before it starts: " + m);
                CalendarSystem calendar = calendarOf(m.calendar());
                for (LocalDate day : List.of(m.startDate(), m.endDate())) {
                    int[] fields = calendar.fieldsOf(day);
                    assertEquals(day, calendar.toIso(fields[0], fields[1], fields[2]), () -> "not a day of " + m.calendar() + ": " + m);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "8s")
    void calendars(byte[] input) {
        ByteBuffer in = ByteBuffer.wrap(Arrays.copyOf(input, 8));
        CalendarSystem calendar = CalendarSystem.values()[Math.floorMod(in.get(), CalendarSystem.values().length)];
        int year = in.getShort() & 0xFFFF;
        int month = in.get();
        int day = in.get();
        int length = calendar.lengthOfMonth(year, month);
        LocalDate iso = calendar.toIso(year, month, day);
        if (year < 1 || year > 9999 || month < 1 || month > 12) {
            assertEquals(0, length);
            assertNull(iso);
            return;
        }
        assertTrue(length >= 28 && length <= 31, () -> calendar + " " + year + "-" + month + " has " + length + " days");
        if (day < 1 || day > length) {
            assertNull(iso, () -> calendar + " " + year + "-" + month + "-" + day + " does not exist");
            return;
        }
        assertNotNull(iso, () -> calendar + " " + year + "-" + month + "-" + day + " exists");
        int[] back = calendar.fieldsOf(iso);
        assertEquals(List.of(year, month, day), List.of(back[0], back[1], back[2]), () -> calendar + " via " + iso);
        // Consecutive days of a calendar are consecutive ISO days.
        LocalDate next = day < length ? calendar.toIso(year, month, day + 1)
                : month < 12 ? calendar.toIso(year, month + 1, 1) : calendar.toIso(year + 1, 1, 1);
        if (next != null) {
            assertEquals(iso.plusDays(1), next, () -> calendar + " day after " + year + "-" + month + "-" + day);
        }
    }

    private static CalendarSystem calendarOf(String id) {
        return Arrays.stream(CalendarSystem.values()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
