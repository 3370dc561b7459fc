package org.newsgraph.xref;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.newsgraph.analysis.xref.XrefEvidence;

/**
 * A link's evidence as the {@code xref.evidence} column holds it: the JSON of {@link CrossReference.Evidence} as
 * the article on side a (the smaller id) sees it. A response carries it as it is to side a; for side b the two
 * names of each shared entity or name change places as the JSON is copied. Reads never rebuild the evidence
 * as objects: with dozens of shared words per link, that was most of the CPU of a page of links.
 *
 * @param json  the stored JSON
 * @param fromA whether the article asked for is on side a
 */
@JsonSerialize(using = StoredEvidence.Writer.class)
public record StoredEvidence(String json, boolean fromA) {

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

    /**
     * Writes the stored JSON into the response as it is, for side b with the keys {@code name} and
     * {@code otherName} of each shared name exchanged. A scan over the text finds those keys: parsing and writing
     * it again token by token cost several times more.
     */
    static final class Writer extends StdSerializer<StoredEvidence> {
        /** Depth of a shared name's object: the evidence object, its array, the name's object. */
        private static final int SHARED_NAME_DEPTH = 3;
        private static final String NAME = "\"name\"";
        private static final String OTHER_NAME = "\"otherName\"";

        Writer() {
            super(StoredEvidence.class);
        }

        @Override
        public void serialize(StoredEvidence value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            String json = value.json();
            if (value.fromA()) {
                gen.writeRawValue(json);
                return;
            }
            int depth = 0;
            int copied = 0;
            boolean inSharedName = false; // the container at SHARED_NAME_DEPTH is an object
            boolean keyNext = false;      // a string here is a key of that object
            boolean started = false;
            for (int i = 0, n = json.length(); i < n; ) {
                char ch = json.charAt(i);
                if (ch == '"') {
                    int end = endOfString(json, i);
                    if (keyNext && inSharedName && depth == SHARED_NAME_DEPTH) {
                        String swapped = json.startsWith(NAME, i) && end - i == NAME.length() ? OTHER_NAME
                                : json.startsWith(OTHER_NAME, i) && end - i == OTHER_NAME.length() ? NAME : null;
                        if (swapped != null) {
                            if (started) {
                                gen.writeRaw(json, copied, i - copied);
                            } else {
                                gen.writeRawValue(json, copied, i - copied);
                                started = true;
                            }
                            gen.writeRaw(swapped);
                            copied = end;
                        }
                    }
                    keyNext = false;
                    i = end;
                    continue;
                }
                switch (ch) {
                    case '{', '[' -> {
                        depth++;
                        if (depth == SHARED_NAME_DEPTH) {
                            inSharedName = ch == '{';
                        }
                        keyNext = ch == '{';
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
            if (started) {
                gen.writeRaw(json, copied, json.length() - copied);
            } else {
                gen.writeRawValue(json);
            }
        }

        /** The index after the string that opens at {@code start}. */
        private static int endOfString(String json, int start) {
            for (int i = start + 1; i < json.length(); i++) {
                char ch = json.charAt(i);
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    return i + 1;
                }
            }
            throw new IllegalStateException("Stored evidence has an unterminated string");
        }
    }
}
