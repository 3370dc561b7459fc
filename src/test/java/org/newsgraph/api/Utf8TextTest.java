package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

class Utf8TextTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "خبر \"نقل\" قول\\ و\tتب\nخط", "\u0001\u001f\u007f control", "emoji \uD83D\uDE00 and \u2028 separator",
            "Azərbaycan, Bakı — «Ильхам Алиев»", "</script><!-- & ' ="})
    void servesTheSameJsonAsTheDecodedString(String text) throws Exception {
        Utf8Text utf8 = Utf8Text.of(text.getBytes(StandardCharsets.UTF_8));
        // Bytes (the service's UTF-8 generator) and a String (a Writer: the decoding path) both equal a plain String.
        assertEquals(new String(MAPPER.writeValueAsBytes(Map.of("body", text)), StandardCharsets.UTF_8),
                new String(MAPPER.writeValueAsBytes(Map.of("body", utf8)), StandardCharsets.UTF_8));
        assertEquals(MAPPER.writeValueAsString(Map.of("body", text)), MAPPER.writeValueAsString(Map.of("body", utf8)));
        assertEquals(text, utf8.toString());
    }

    @Test
    void aLongTextCrossesTheGeneratorsBufferWhole() throws Exception {
        String text = "سلام \"دنیا\" ".repeat(20_000);
        assertEquals(MAPPER.writeValueAsString(text), new String(MAPPER.writeValueAsBytes(Utf8Text.of(text)),
                StandardCharsets.UTF_8));
    }

    @Test
    void containsComparesCharacters() {
        Utf8Text body = Utf8Text.of("رئیس جمهوری در باکو سخنرانی کرد");
        assertTrue(body.contains("در باکو"));
        assertTrue(body.contains(""));
        assertFalse(body.contains("در باكو")); // Arabic kaf: another character, other bytes
        assertFalse(body.contains("سخنرانی کرد."));
        assertTrue(Utf8Text.of("ab").contains("ab"));
        assertFalse(Utf8Text.of("a").contains("ab"));
    }
}
