package org.newsgraph.xref;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.newsgraph.analysis.xref.XrefEvidence;

/**
 * A link's evidence as the {@code xref.evidence} column holds it: the JSON of {@link CrossReference.Evidence} as
 * the article on side a (the smaller id) sees it, in the UTF-8 bytes the database sent. A response carries these
 * bytes as they are to side a; for side b the keys {@code name} and {@code otherName} of each shared entity or
 * name change places as they are copied. Reads never rebuild the evidence as objects, nor decode and encode its
 * text: with dozens of shared words per link, that was most of the CPU of a page of links.
 *
 * @param json  the stored JSON, UTF-8
 * @param fromA whether the article asked for is on side a
 */
@JsonSerialize(using = StoredEvidence.Writer.class)
public record StoredEvidence(byte[] json, boolean fromA) {

    public StoredEvidence(String json, boolean fromA) {
        this(json.getBytes(StandardCharsets.UTF_8), fromA);
    }

    /** The column's JSON for a link whose first article is on side a when {@code firstIsA}. */
    public static String column(ObjectMapper mapper, XrefEvidence e, boolean firstIsA) {
        try {
            return mapper.writeValueAsString(view(e, firstIsA));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("Evidence did not serialize", x);
        }
    }

    /** The evidence of a link as its first article sees it, for a response. */
    public static StoredEvidence ofFirst(ObjectMapper mapper, XrefEvidence e) {
        return new StoredEvidence(column(mapper, e, true), true);
    }

    /** The evidence as the link's first article ({@code fromFirst}) or second sees it. */
    static CrossReference.Evidence view(XrefEvidence e, boolean fromFirst) {
        return new CrossReference.Evidence(names(e.entities(), fromFirst), e.dates(), e.numbers(),
                names(e.words(), fromFirst), e.timeGap() == null ? null : e.timeGap().toSeconds() / 3600.0,
                e.contributions(), e.timeFactor(), e.fingerprintSimilarity(), e.method());
    }

    private static List<CrossReference.SharedName> names(List<XrefEvidence.SharedName> shared, boolean fromFirst) {
        return shared.stream().map(n -> fromFirst
                ? new CrossReference.SharedName(n.key(), n.nameInFirst(), n.nameInSecond(), n.contribution())
                : new CrossReference.SharedName(n.key(), n.nameInSecond(), n.nameInFirst(), n.contribution())).toList();
    }

    /** The JSON as side b sees it: one scan over the bytes (no byte of a multi-byte UTF-8 character is ASCII). */
    static byte[] swapNames(byte[] json) {
        byte[] out = new byte[json.length + 16];
        int o = 0;
        int copied = 0;
        int depth = 0;
        boolean inSharedName = false; // the container at SHARED_NAME_DEPTH is an object
        boolean keyNext = false;      // a string here is a key of that object
        for (int i = 0; i < json.length; ) {
            byte b = json[i];
            if (b == '"') {
                int end = endOfString(json, i);
                byte[] swapped = keyNext && inSharedName && depth == SHARED_NAME_DEPTH
                        ? (is(json, i, end, NAME) ? OTHER_NAME : is(json, i, end, OTHER_NAME) ? NAME : null) : null;
                if (swapped != null) {
                    out = room(out, o, i - copied + swapped.length);
                    System.arraycopy(json, copied, out, o, i - copied);
                    o += i - copied;
                    System.arraycopy(swapped, 0, out, o, swapped.length);
                    o += swapped.length;
                    copied = end;
                }
                keyNext = false;
                i = end;
                continue;
            }
            switch (b) {
                case '{', '[' -> {
                    depth++;
                    if (depth == SHARED_NAME_DEPTH) {
                        inSharedName = b == '{';
                    }
                    keyNext = b == '{';
                }
                case '}', ']' -> {
                    depth--;
                    keyNext = false;
                }
                case ',' -> keyNext = depth == SHARED_NAME_DEPTH && inSharedName;
                case ':' -> keyNext = false;
                default -> { }
            }
            i++;
        }
        out = room(out, o, json.length - copied);
        System.arraycopy(json, copied, out, o, json.length - copied);
        return Arrays.copyOf(out, o + json.length - copied);
    }

    /** Depth of a shared name's object: the evidence object, its array, the name's object. */
    private static final int SHARED_NAME_DEPTH = 3;
    private static final byte[] NAME = "\"name\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_NAME = "\"otherName\"".getBytes(StandardCharsets.US_ASCII);

    private static boolean is(byte[] json, int from, int to, byte[] token) {
        return Arrays.equals(json, from, to, token, 0, token.length);
    }

    private static byte[] room(byte[] out, int used, int more) {
        return used + more <= out.length ? out : Arrays.copyOf(out, Math.max(2 * out.length, used + more));
    }

    /** The index after the string that opens at {@code start}. */
    private static int endOfString(byte[] json, int start) {
        for (int i = start + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i + 1;
            }
        }
        throw new IllegalStateException("Stored evidence has an unterminated string");
    }

    /** Writes the side's JSON as a raw value: its bytes straight into a UTF-8 response. */
    static final class Writer extends StdSerializer<StoredEvidence> {
        Writer() {
            super(StoredEvidence.class);
        }

        @Override
        public void serialize(StoredEvidence value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(new RawUtf8(value.fromA() ? value.json() : swapNames(value.json())));
        }
    }

    /** JSON text as UTF-8 bytes; only its unquoted forms are ever asked for as a raw value. */
    private record RawUtf8(byte[] bytes) implements SerializableString {
        @Override
        public String getValue() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return bytes;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (bytes.length > buffer.length - offset) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return new SerializedString(getValue()).appendUnquoted(buffer, offset);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (bytes.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }

        @Override
        public char[] asQuotedChars() {
            return new SerializedString(getValue()).asQuotedChars();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return new SerializedString(getValue()).asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return new SerializedString(getValue()).appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return new SerializedString(getValue()).appendQuoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return new SerializedString(getValue()).writeQuotedUTF8(out);
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            return new SerializedString(getValue()).putQuotedUTF8(buffer);
        }
    }
}
