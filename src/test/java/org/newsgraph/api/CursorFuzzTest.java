package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Paging cursors: any string a client sends as {@code cursor} is a key or a 400 problem, and every key a page
 * hands out as {@code next} reads back as that key. Seeds: {@code CursorFuzzTestInputs/<method>/}.
 */
class CursorFuzzTest {

    @FuzzTest(maxDuration = "8s")
    void decode(byte[] input) {
        String cursor = new String(input, StandardCharsets.UTF_8);
        Long key;
        try {
            key = Cursor.decode(cursor);
        } catch (ProblemException rejected) {
            assertEquals(400, rejected.status());
            assertTrue(rejected.getMessage().length() < 200, "the detail quotes a bounded part of the cursor");
            return;
        }
        if (cursor.isBlank()) {
            assertNull(key);
            return;
        }
        // What decodes is a key a page could have handed out: it encodes to a cursor that reads back the same.
        assertEquals(key, Cursor.decode(Cursor.encode(key)));
    }

    @FuzzTest(maxDuration = "8s")
    void roundTrip(byte[] input) {
        long key = ByteBuffer.wrap(Arrays.copyOf(input, Long.BYTES)).getLong();
        String cursor = Cursor.encode(key);
        assertTrue(cursor.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_'),
                () -> "not URL-safe: " + cursor);
        assertEquals(key, Cursor.decode(cursor));
    }
}
