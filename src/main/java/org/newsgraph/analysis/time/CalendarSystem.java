package org.newsgraph.analysis.time;

import java.time.LocalDate;
import java.util.Date;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import org.newsgraph.analysis.document.DateMention;

/**
 * The calendars dates are written in, with conversion to ISO dates done by ICU4J (no hand-written
 * arithmetic). Lunar Hijri uses Umm al-Qura (ICU falls back to the civil calendar outside its table).
 */
public enum CalendarSystem {
    GREGORIAN("gregorian"),
    SOLAR_HIJRI("solar_hijri"),
    HIJRI("hijri");

    /** ICU's Julian day of 1970-01-01. */
    private static final int EPOCH_JULIAN_DAY = 2440588;
    private static final TimeZone UTC = TimeZone.GMT_ZONE;

    private final String id;

    CalendarSystem(String id) {
        this.id = id;
    }

    /** The name stored in {@link DateMention#calendar()}. */
    public String id() {
        return id;
    }

    private Calendar newCalendar() {
        return switch (this) {
            case GREGORIAN -> {
                GregorianCalendar g = new GregorianCalendar(UTC);
                g.setGregorianChange(new Date(Long.MIN_VALUE)); // proleptic: no Julian switch in 1582
                yield g;
            }
            case SOLAR_HIJRI -> new PersianCalendar(UTC);
            case HIJRI -> {
                IslamicCalendar c = new IslamicCalendar(UTC);
                c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
                yield c;
            }
        };
    }

    /** The ISO date of year/month/day (month 1-12) in this calendar, or null when that day does not exist. */
    public LocalDate toIso(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        Calendar c = newCalendar();
        c.clear();
        c.set(Calendar.YEAR, year);
        c.set(Calendar.MONTH, month - 1);
        c.set(Calendar.DAY_OF_MONTH, 1);
        if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null;
        }
        c.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay((long) c.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }

    /** Number of days of that month, or 0 when the month is out of range. */
    public int lengthOfMonth(int year, int month) {
        if (year < 1 || year > 9999 || month < 1 || month > 12) {
            return 0;
        }
        Calendar c = newCalendar();
        c.clear();
        c.set(Calendar.YEAR, year);
        c.set(Calendar.MONTH, month - 1);
        c.set(Calendar.DAY_OF_MONTH, 1);
        return c.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    /** The ISO date in this calendar as {year, month 1-12, day}. */
    public int[] fieldsOf(LocalDate iso) {
        Calendar c = newCalendar();
        c.clear();
        c.set(Calendar.JULIAN_DAY, (int) (iso.toEpochDay() + EPOCH_JULIAN_DAY));
        return new int[] {c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)};
    }
}
