package org.newsgraph.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.newsgraph.xref.CrossReference.Evidence;
import org.newsgraph.xref.CrossReference.SharedName;
import org.newsgraph.db.EmbeddedDatabase;
import org.newsgraph.db.PostgresTestResource;

/**
 * Links stored before the evidence was kept as served (names per side a/b, the gap in seconds) are converted by
 * the migration with nothing lost, and each side reads its own names first.
 */
class XrefEvidenceMigrationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String OLD = """
            {"dates": ["2024-03-14"], "words": [{"key": "azrbycn", "nameA": "آذربایجان", "nameB": "Azərbaycan",
             "contribution": 0.000021184177562575716}, {"key": "bk", "nameA": "باکو", "nameB": null,
             "contribution": 0.08}], "method": "xref-idf-cosine/3", "numbers": ["2023", "78,000"],
             "entities": [{"key": "Q227", "nameA": "آذربایجان", "nameB": "Azerbaijan",
             "contribution": 0.04291562022563758}],
             "timeFactor": 0.95, "contributions": {"date": 0.12, "word": 0.37, "entity": 0.0, "number": 0.05},
             "timeGapSeconds": 12600, "fingerprintSimilarity": 0.484375}""";

    private static final String NULL_LISTS = """
            {"dates": null, "words": null, "method": "xref-idf-cosine/3", "numbers": null, "entities": null,
             "timeFactor": 1.0, "contributions": {}, "timeGapSeconds": null, "fingerprintSimilarity": 0.5}""";

    @Test
    void storedEvidenceIsConvertedToTheServedFormWithNothingLost() throws Exception {
        Path directory = Files.createTempDirectory("newsgraph-xref-evidence-migration");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, true, PostgresTestResource.FAST_UNDURABLE)) {
            Flyway.configure().dataSource(database.jdbcUrl(), "postgres", "").target("8").load().migrate();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl()); Statement st = c.createStatement()) {
                st.execute("insert into article (id, content_hash, title, body) values (1, 'h1', 't', 'b'), "
                        + "(2, 'h2', 't', 'b'), (3, 'h3', 't', 'b'), (4, 'h4', 't', 'b')");
                st.execute("insert into xref (article_a, article_b, relation, score, evidence, method_version) values "
                        + "(1, 2, 'translation', 0.5, '" + OLD + "', 'xref-idf-cosine/3'), "
                        + "(1, 3, 'related', 0.2, '" + OLD.replace("12600", "null").replace("\"words\": [", "\"x\": [")
                        + "', 'xref-idf-cosine/3'), "
                        + "(1, 4, 'related', 0.2, '" + NULL_LISTS + "', 'xref-idf-cosine/3')");
            }
            Flyway.configure().dataSource(database.jdbcUrl(), "postgres", "").load().migrate();
            try (Connection c = DriverManager.getConnection(database.jdbcUrl()); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select evidence::text from xref order by article_b")) {
                rs.next();
                String json = rs.getString(1);
                Evidence a = MAPPER.readValue(json, Evidence.class);
                assertEquals(List.of(new SharedName("Q227", "آذربایجان", "Azerbaijan", 0.04291562022563758)),
                        a.entities());
                assertEquals(List.of(new SharedName("azrbycn", "آذربایجان", "Azərbaycan", 2.1184177562575716E-5),
                        new SharedName("bk", "باکو", null, 0.08)), a.names());
                assertEquals(List.of(LocalDate.parse("2024-03-14")), a.dates());
                assertEquals(List.of("2023", "78,000"), a.numbers());
                assertEquals(3.5, a.timeGapHours());
                assertEquals(Map.of("date", 0.12, "word", 0.37, "entity", 0.0, "number", 0.05), a.contributions());
                assertEquals(0.95, a.timeFactor());
                assertEquals(0.484375, a.fingerprintSimilarity());
                assertEquals("xref-idf-cosine/3", a.methodVersion());

                // Side b: the same evidence with each pair of names swapped.
                Evidence b = MAPPER.readValue(
                        MAPPER.writeValueAsString(new StoredEvidence(json, false)), Evidence.class);
                assertEquals(List.of(new SharedName("Q227", "Azerbaijan", "آذربایجان", 0.04291562022563758)),
                        b.entities());
                assertEquals(List.of(new SharedName("azrbycn", "Azərbaycan", "آذربایجان", 2.1184177562575716E-5),
                        new SharedName("bk", null, "باکو", 0.08)), b.names());
                assertEquals(new Evidence(a.entities(), a.dates(), a.numbers(), a.names(), a.timeGapHours(),
                        a.contributions(), a.timeFactor(), a.fingerprintSimilarity(), a.methodVersion()),
                        MAPPER.readValue(MAPPER.writeValueAsString(new StoredEvidence(json, true)),
                                Evidence.class));

                rs.next();
                Evidence noGap = MAPPER.readValue(rs.getString(1), Evidence.class);
                assertNull(noGap.timeGapHours());
                assertEquals(List.of(), noGap.names(), "no shared words: an empty list");

                rs.next();
                Evidence nullLists = MAPPER.readValue(rs.getString(1), Evidence.class);
                assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), List.of(nullLists.entities(),
                        nullLists.names(), nullLists.dates(), nullLists.numbers()), "JSON null lists become empty ones");
                assertEquals(0.5, nullLists.fingerprintSimilarity());
            }
        }
    }
}
