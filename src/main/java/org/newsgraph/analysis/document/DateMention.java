package org.newsgraph.analysis.document;

import java.time.LocalDate;

/**
 * A date expression found in the text, [start, end) into the original, with the calendar it was written
 * in ("gregorian", "solar_hijri", "hijri") and its ISO span (start == end for a single day).
 */
public record DateMention(int start, int end, String text, String calendar, LocalDate startDate, LocalDate endDate) {}
