package org.newsgraph.xref;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.newsgraph.analysis.xref.XrefEvidence;

/**
 * A link's evidence as the {@code xref.evidence} column holds it: the JSON of {@link CrossReference.Evidence} as
 * the article on side a (the smaller id) sees it. A response carries it as it is to side a; for side b the two
 * names of each shared entity or name change places while the JSON is copied. Reads never rebuild the evidence
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

    /** Writes the stored JSON into the response, swapping {@code name} and {@code otherName} for side b. */
    static final class Writer extends StdSerializer<StoredEvidence> {
        private static final JsonFactory FACTORY = new JsonFactory();
        /** Depth of the fields of a shared name: evidence object, its array, the name's object. */
        private static final int SHARED_NAME_DEPTH = 3;

        Writer() {
            super(StoredEvidence.class);
        }

        @Override
        public void serialize(StoredEvidence value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.fromA()) {
                gen.writeRawValue(value.json());
                return;
            }
            try (JsonParser p = FACTORY.createParser(value.json())) {
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.FIELD_NAME && depth == SHARED_NAME_DEPTH) {
                        String field = p.currentName();
                        gen.writeFieldName("name".equals(field) ? "otherName" : "otherName".equals(field) ? "name" : field);
                        continue;
                    }
                    if (t.isStructStart()) {
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                    }
                    gen.copyCurrentEvent(p);
                }
            }
        }
    }
}
