package org.newsgraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A text held as the UTF-8 bytes the database sent, served as a JSON string without being decoded: for an article's
 * body, the longest field of a read, decoding it into UTF-16 and encoding it again character by character was much
 * of the read's work. The JSON is the same as for the decoded string (Jackson escapes the same ASCII characters).
 */
@JsonSerialize(using = Utf8Text.Serializer.class)
public final class Utf8Text {
    private final byte[] utf8;

    private Utf8Text(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The text of these bytes (well-formed UTF-8, as PostgreSQL sends text); null stays null. */
    public static Utf8Text of(byte[] utf8) {
        return utf8 == null ? null : new Utf8Text(utf8);
    }

    public static Utf8Text of(String text) {
        return text == null ? null : new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@code part} occurs in the text. Compared as UTF-8 bytes: in well-formed UTF-8 a match of the bytes is a
     * match of the characters, as no character's encoding starts inside another's.
     */
    public boolean contains(String part) {
        byte[] p = part.getBytes(StandardCharsets.UTF_8);
        if (p.length == 0) {
            return true;
        }
        byte first = p[0];
        for (int i = 0, last = utf8.length - p.length; i <= last; i++) {
            if (utf8[i] == first && Arrays.equals(utf8, i, i + p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character needs four bytes (lead bytes 0xF0 to 0xF4): outside the Basic Multilingual Plane. */
    private boolean beyondBmp() {
        for (byte b : utf8) {
            if ((b & 0xF8) == 0xF0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Text t && Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    static final class Serializer extends StdSerializer<Utf8Text> {
        Serializer() {
            super(Utf8Text.class);
        }

        @Override
        public void serialize(Utf8Text value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            // Only a UTF-8 generator with the default escaping writes bytes as they are; any other decodes first, and
            // so does a text beyond the BMP, which Jackson writes as escaped surrogate pairs rather than 4-byte UTF-8.
            if (gen instanceof UTF8JsonGenerator && gen.getHighestEscapedChar() == 0 && gen.getCharacterEscapes() == null
                    && !value.beyondBmp()) {
                gen.writeUTF8String(value.utf8, 0, value.utf8.length);
            } else {
                gen.writeString(value.toString());
            }
        }
    }
}
