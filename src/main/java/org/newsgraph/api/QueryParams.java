package org.newsgraph.api;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.newsgraph.error.InvalidInputException;

/** Parses query parameters with a 400 problem that names the parameter, instead of a bare 404. */
public final class QueryParams {
    private QueryParams() {}

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + name + "' must be an integer, was '" + value + "'.");
        }
    }

    /**
     * A requested page size. Sizes past what an int holds are as good as "the most there is": they saturate
     * and are then clamped to the maximum page size like any large size, instead of failing as a bad number.
     */
    public static Integer pageSize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (!s.matches("[+-]?\\d{1,1000}")) {
            throw ProblemException.badRequest("'limit' must be an integer, was '" + abbreviate(value) + "'.");
        }
        BigInteger size = new BigInteger(s);
        return size.bitLength() < 32 ? size.intValue() : size.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    public static Double decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + name + "' must be a number, was '" + value + "'.");
        }
    }

    /** An ISO-8601 date-time with offset, or a date meaning its midnight UTC. */
    public static OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                parsed = LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(name, "'" + name + "' must be an ISO-8601 date (2024-11-28) or date-time with offset, was '" + value + "'.");
            }
        }
        // PostgreSQL timestamps (and java.sql.Timestamp) do not reach the years java.time accepts.
        if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
            throw new InvalidInputException(name, "'" + name + "' must be a year between 1 and 9999, was '" + value + "'.");
        }
        return parsed;
    }

    /** A free-text parameter, stripped; null when blank. Control characters (NUL) are a 400, not a database error. */
    public static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new InvalidInputException(null, "A query parameter contains a control character.");
        }
        return value.strip();
    }
}
