package org.newsgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursor: the sort key of the last item of a page. Encoded so clients do not build it
 * themselves; a cursor that does not decode is a 400.
 */
public final class Cursor {
    private static final String PREFIX = "k1:";

    private Cursor() {}

    public static String encode(long lastKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastKey).getBytes(StandardCharsets.UTF_8));
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
            throw ProblemException.badRequest("The cursor '" + abbreviate(cursor) + "' is not valid; use the 'next' value of a previous page.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
