package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsgraph.error.InvalidInputException;
import org.newsgraph.language.LanguageTags;

/**
 * Every query-parameter parser on any value a client can put in a URL: a value, nothing (blank), or a client
 * error the API answers 400 — never another exception, which would be a 500. Seeds:
 * {@code QueryParamsFuzzTestInputs/parse/}.
 */
class QueryParamsFuzzTest {

    @FuzzTest(maxDuration = "8s")
    void parse(byte[] input) {
        String value = new String(input, StandardCharsets.UTF_8);
        boolean blank = value.isBlank();

        try {
            Integer i = QueryParams.integer("minArticles", value);
            assertTrue(i != null || blank);
        } catch (InvalidInputException rejected) {
            assertEquals("minArticles", rejected.field());
        }

        try {
            Integer size = QueryParams.pageSize(value);
            if (size == null) {
                assertTrue(blank);
            } else {
                // Sizes beyond an int saturate, so a huge limit is clamped like any large one, not refused.
                BigInteger exact = new BigInteger(value.strip());
                BigInteger clamped = exact.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE));
                assertEquals(clamped.intValue(), size.intValue());
                try {
                    int page = Page.clampLimit(size, 20, 200);
                    assertTrue(page >= 1 && page <= 200);
                } catch (ProblemException tooSmall) {
                    assertEquals(400, tooSmall.status());
                    assertTrue(size < 1);
                }
            }
        } catch (ProblemException rejected) {
            assertEquals(400, rejected.status());
        }

        try {
            Double d = QueryParams.decimal("minScore", value);
            assertTrue(d != null || blank);
        } catch (InvalidInputException rejected) {
            assertEquals("minScore", rejected.field());
        }

        try {
            OffsetDateTime t = QueryParams.instant("from", value);
            if (t == null) {
                assertTrue(blank);
            } else {
                assertTrue(t.getYear() >= 1 && t.getYear() <= 9999, () -> "out of range: " + t);
            }
        } catch (InvalidInputException rejected) {
            assertEquals("from", rejected.field());
        }

        try {
            String text = QueryParams.text(value);
            if (text == null) {
                assertTrue(blank);
            } else {
                assertEquals(value.strip(), text);
                assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'));
            }
        } catch (InvalidInputException rejected) {
            assertNull(rejected.field());
        }

        if (!blank) {
            try {
                String tag = LanguageTags.normalize(value.strip());
                assertTrue(tag.length() == value.strip().length());
            } catch (InvalidInputException rejected) {
                assertEquals("language", rejected.field());
            }
        }
    }
}
