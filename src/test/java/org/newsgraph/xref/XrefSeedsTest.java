package org.newsgraph.xref;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The five seed articles (fa 000/003, az 001, ar 002/004; all about Azerbaijan and the Non-Aligned
 * Movement or its diplomacy) ingested as raw text. Prints every article's links with their evidence;
 * asserts that every seed is linked completely, has a story, that every link reads the same from both
 * sides, and the issue's expectation: 000 and 001 each other's best link (translation or same story, one
 * story), 002 linked to both.
 *
 * <p>In a store of its own, as a new user would start: 002's links to the Azerbaijani press release rest on
 * a few shared entities whose weight depends on how common they are in the store, so articles of other test
 * classes about Azerbaijan would make the outcome depend on the order the classes run in.
 */
@QuarkusTest
@TestProfile(XrefSeedsTest.OwnStore.class)
class XrefSeedsTest {
    public static class OwnStore implements QuarkusTestProfile {
    }

    static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    void seedsLinkAsTheIssueDescribes() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed articles absent (" + SEEDS.toAbsolutePath() + "); skipped");
        Map<String, Long> ids = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeTrue(files.size() >= 2, "fewer than two seed articles; skipped");
        for (Path file : files) {
            byte[] text = Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            long id = given().header("Authorization", "Bearer test-key").contentType("text/plain; charset=UTF-8").body(text)
                    .post("/articles").then().extract().jsonPath().getLong("id");
            ids.put(file.getFileName().toString().substring(0, 3), id);
        }
        Map<Long, String> seedOf = new LinkedHashMap<>();
        ids.forEach((seed, id) -> seedOf.put(id, seed));
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            JsonPath refs = given().get("/articles/" + e.getValue() + "/cross-references").then().statusCode(200).extract().jsonPath();
            System.out.printf("seed %s (article %d, story %s, %s):%n", e.getKey(), e.getValue(), refs.get("storyId"),
                    refs.getString("linkStatus"));
            List<Map<String, Object>> items = refs.getList("items");
            for (int i = 0; i < items.size(); i++) {
                String prefix = "items[" + i + "].";
                System.out.printf("  -> seed %s %-11s %.3f contributions %s dates %s numbers %s names %s%n",
                        seedOf.get(refs.getLong(prefix + "article.id")), refs.getString(prefix + "relation"),
                        refs.getDouble(prefix + "score"), refs.getMap(prefix + "evidence.contributions"),
                        refs.getList(prefix + "evidence.dates"), refs.getList(prefix + "evidence.numbers"),
                        refs.getList(prefix + "evidence.names.name").stream().limit(8).toList());
            }
        }
        // Every seed is linked completely, and every link reads the same from both sides.
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            JsonPath refs = given().get("/articles/" + e.getValue() + "/cross-references").then().extract().jsonPath();
            assertEquals("linked", refs.getString("linkStatus"), "seed " + e.getKey());
            assertTrue(refs.get("storyId") != null, "seed " + e.getKey() + " has a story");
            List<Long> others = refs.getList("items.article.id", Long.class);
            for (int i = 0; i < others.size(); i++) {
                JsonPath back = given().get("/articles/" + others.get(i) + "/cross-references").then().extract().jsonPath();
                int at = back.getList("items.article.id", Long.class).indexOf(e.getValue());
                assertTrue(at >= 0, "link " + e.getKey() + " -> " + seedOf.get(others.get(i)) + " readable from the other side");
                assertEquals(refs.getDouble("items[" + i + "].score"), back.getDouble("items[" + at + "].score"), 1e-12);
            }
        }
        // The issue expects 000 (fa) and 001 (az), two reports of the same anniversary (three shared days,
        // 2023-10-25 and 2024-01-15..20; NAM, Kampala, Uganda), as each other's best link, typed translation or
        // same story, in one story; 002 related to them. Holds with the seeds alone (run this class by itself,
        // and XrefSeedsFreshStoreTest) and with the rest of the suite's articles stored.
        if (ids.containsKey("000") && ids.containsKey("001")) {
            JsonPath fa = given().get("/articles/" + ids.get("000") + "/cross-references").then().extract().jsonPath();
            JsonPath az = given().get("/articles/" + ids.get("001") + "/cross-references").then().extract().jsonPath();
            System.out.printf("000's best link: seed %s %s, 001's best link: seed %s %s%n",
                    seedOf.get(fa.getObject("items[0].article.id", Long.class)), fa.getString("items[0].relation"),
                    seedOf.get(az.getObject("items[0].article.id", Long.class)), az.getString("items[0].relation"));
            assertEquals(ids.get("001"), fa.getObject("items[0].article.id", Long.class), "000's best link is 001");
            assertEquals(ids.get("000"), az.getObject("items[0].article.id", Long.class), "001's best link is 000");
            assertTrue(List.of("translation", "same_story").contains(fa.getString("items[0].relation")),
                    "000-001 relation " + fa.getString("items[0].relation"));
            assertEquals(fa.getLong("storyId"), az.getLong("storyId"), "000 and 001 share a story");
            if (ids.containsKey("002")) {
                List<Long> linkedTo002 = given().get("/articles/" + ids.get("002") + "/cross-references").then().extract()
                        .jsonPath().getList("items.article.id", Long.class);
                assertTrue(linkedTo002.contains(ids.get("000")) && linkedTo002.contains(ids.get("001")),
                        "002 is related to 000 and 001");
            }
        }
    }
}
