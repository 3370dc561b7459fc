package org.newsgraph.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.newsgraph.xref.CrossReference.Evidence;
import org.newsgraph.xref.CrossReference.SharedName;

/** Each side of a link reads its own names first, whatever characters the names hold. */
class StoredEvidenceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void sideBReadsTheNamesSwappedAndEverythingElseAsStored() throws Exception {
        // Names that look like JSON: quotes, escapes, brackets and the key names themselves.
        List<SharedName> entities = List.of(
                new SharedName("Q227", "آذربایجان", "Azerbaijan", 0.04291562022563758),
                new SharedName("k\"name\":", "\"name\":{", "\\", 1e-7),
                new SharedName("name", null, "otherName", 0.5));
        List<SharedName> names = List.of(
                new SharedName("otherName", "a,\"otherName\":[}", "b\\\"", 2.1184177562575716E-5));
        Evidence a = new Evidence(entities, List.of(LocalDate.parse("2024-03-14")),
                List.of("\"name\"", "78,000"), names, 3.5, Map.of("entity", 0.2, "word", 0.0), 0.95, 0.484375,
                "xref-idf-cosine/3");
        String json = MAPPER.writeValueAsString(a);

        assertEquals(a, read(new StoredEvidence(json, true)));
        Evidence b = read(new StoredEvidence(json, false));
        assertEquals(new Evidence(swap(entities), a.dates(), a.numbers(), swap(names), a.timeGapHours(),
                a.contributions(), a.timeFactor(), a.fingerprintSimilarity(), a.methodVersion()), b);
        // As a value inside a larger response, too.
        assertEquals(b, MAPPER.treeToValue(MAPPER.readTree(MAPPER.writeValueAsBytes(
                List.of(new StoredEvidence(json, false), 1))).get(0), Evidence.class));
    }

    /** The evidence as written into a UTF-8 response (raw bytes) and into text; both must agree. */
    private static Evidence read(StoredEvidence e) throws Exception {
        Evidence fromBytes = MAPPER.readValue(MAPPER.writeValueAsBytes(e), Evidence.class);
        assertEquals(fromBytes, MAPPER.readValue(MAPPER.writeValueAsString(e), Evidence.class));
        return fromBytes;
    }

    private static List<SharedName> swap(List<SharedName> names) {
        return names.stream().map(n -> new SharedName(n.key(), n.otherName(), n.name(), n.contribution()))
                .toList();
    }
}
