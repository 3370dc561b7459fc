package org.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The five real seed articles through the whole service: raw text in, language, date, source and entities
 * out, with one canonical entity per real-world entity across scripts. Nothing here is specific to the
 * seeds in the code under test; the expectations are what a reader of the texts knows.
 */
@QuarkusTest
class SeedArticlesTest {
    static final Path SEEDS = Path.of("../shared/seeds");
    static final List<Long> ids = new ArrayList<>();
    static final List<JsonPath> articles = new ArrayList<>();

    /** Ingests the seeds once per run (RestAssured knows the test port only inside a test). */
    @BeforeEach
    void ingestSeeds() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed articles absent at " + SEEDS.toAbsolutePath() + "; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(SEEDS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (!ids.isEmpty()) {
            return;
        }
        for (Path f : files) {
            JsonPath json = given().header("Authorization", "Bearer test-key").contentType("text/plain; charset=UTF-8")
                    .body(Files.readAllBytes(f)).post("/articles")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)))
                    .extract().jsonPath();
            ids.add(json.getLong("id"));
            articles.add(json);
        }
    }

    @Test
    void languagesAndDates() {
        assertEquals(List.of("fa", "az", "ar", "fa", "ar"), articles.stream().map(a -> a.getString("language")).toList());
        assertEquals("2024-11-28T00:00:00Z", articles.get(3).getString("publishedAt"));
        assertEquals("solar_hijri", articles.get(3).getString("publishedCalendar"));
        for (JsonPath a : articles) {
            assertTrue(!a.getString("title").isBlank());
            assertEquals("done", a.getString("analysisStatus"));
        }
    }

    @Test
    void storedDatesPointIntoTitleOrBody() {
        long persian = ids.get(3);
        JsonPath dates = given().get("/articles/" + persian + "/dates").then().statusCode(200).extract().jsonPath();
        assertEquals(persian, dates.getLong("articleId"));
        List<Map<String, Object>> found = dates.getList("dates");
        assertTrue(found.stream().anyMatch(d -> "solar_hijri".equals(d.get("calendar")) && "2024-11-28".equals(d.get("startDate"))),
                "the dateline's Solar Hijri date: " + found);
        JsonPath article = articles.get(3);
        for (Map<String, Object> d : found) {
            String field = article.getString((String) d.get("field"));
            assertEquals(d.get("text"), field.substring((Integer) d.get("start"), (Integer) d.get("end")), "offsets of " + d);
        }
        given().get("/articles/999999999/dates").then().statusCode(404).contentType("application/problem+json");
    }

    /** For each seed, entity id -> surfaces mentioned. */
    Map<Long, Set<String>> entities(long articleId) {
        Map<Long, Set<String>> out = new HashMap<>();
        List<Map<String, Object>> mentions = given().get("/articles/" + articleId + "/entities").then().statusCode(200)
                .extract().jsonPath().getList("mentions");
        for (Map<String, Object> m : mentions) {
            out.computeIfAbsent(((Number) m.get("entityId")).longValue(), k -> new HashSet<>()).add((String) m.get("surface"));
        }
        return out;
    }

    /** The entities found in every one of these seeds whose English name contains the given word. */
    Set<Long> sharedEntity(String englishWord, int... seeds) {
        Set<Long> shared = null;
        for (int seed : seeds) {
            Set<Long> here = new HashSet<>();
            for (Long entityId : entities(ids.get(seed)).keySet()) {
                String name = given().get("/entities/" + entityId).jsonPath().getString("name");
                if (name != null && name.toLowerCase().contains(englishWord)) {
                    here.add(entityId);
                }
            }
            if (shared == null) {
                shared = here;
            } else {
                shared.retainAll(here);
            }
        }
        return shared;
    }

    @Test
    void oneEntityPerRealWorldEntityAcrossScripts() {
        assertEquals(1, sharedEntity("aliyev", 1, 2, 3, 4).size(), "Ilham Aliyev in seeds 001-004");
        assertEquals(1, sharedEntity("non-aligned", 0, 1, 2, 3, 4).size(), "Non-Aligned Movement in all five");
        assertEquals(1, sharedEntity("kampala", 0, 1).size(), "Kampala in 000 and 001");
        assertEquals(1, sharedEntity("uganda", 0, 1).size(), "Uganda in 000 and 001");
        assertEquals(1, sharedEntity("baku", 3, 4).size(), "Baku in 003 and 004");
    }
}
