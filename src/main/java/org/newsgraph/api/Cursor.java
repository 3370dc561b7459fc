package org.newsgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursor: the sort key of the last item of a page. Encoded so clients do not build it
 * themselves; a cursor that does not decode is a 400.
 */
public final class Cursor {
    private static final String PREFIX = "k1:";
    private static final String SCORED_PREFIX = "s1:";

    private Cursor() {}

    public static String encode(long lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** A position in a list ordered by score, then id, both descending. */
    public record Scored(double score, long id) {}

    public static String encode(Scored last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((SCORED_PREFIX + last.score() + ":" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** The (score, id) after which the next page starts, or null for the first page. */
    public static Scored decodeScored(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int colon = raw.lastIndexOf(':');
            if (!raw.startsWith(SCORED_PREFIX) || colon <= SCORED_PREFIX.length()) {
                throw new IllegalArgumentException();
            }
            double score = Double.parseDouble(raw.substring(SCORED_PREFIX.length(), colon));
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException();
            }
            return new Scored(score, Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
    }

    /** The key after which the next page starts, or null for the first page. */
    public static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(raw.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
    }

    private static ProblemException invalid(String cursor) {
        return ProblemException.badRequest("The cursor '" + abbreviate(cursor) + "' is not valid; use the 'next' value of a previous page.");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
