package org.newsgraph.xref;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.newsgraph.analysis.xref.XrefConfig;

/**
 * Cross-references and stories over HTTP: an English report and its Persian translation (hand-written
 * for this test, sharing names, numbers and a date written in two calendars) are linked and share a
 * story; an unrelated article is not linked; deleting one side removes the link and shrinks the story.
 * Methods run in order because the last one deletes what the earlier ones read.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XrefResourceTest {
    static final String KEY = "Bearer test-key";

    static final String EN_TITLE = "Magnitude 6.4 earthquake strikes Kermanshah province";
    static final String EN_BODY = """
            A magnitude 6.4 earthquake struck Kermanshah province in western Iran on 14 March 2024, killing 27 \
            people and injuring 312, the Red Crescent said. The quake hit near Sarpol-e Zahab at a depth of 11 \
            kilometres. Red Crescent chief Pirhossein Kolivand said 48 rescue teams were sent to Sarpol-e Zahab, \
            Qasr-e Shirin and Gilan-e Gharb, and 1,850 tents were handed out. Governor Bahman Nouri said 640 \
            homes were damaged in Kermanshah.""";
    static final String FA_TITLE = "زلزله ۶.۴ ریشتری استان کرمانشاه را لرزاند";
    static final String FA_BODY = """
            زلزله‌ای به بزرگی ۶.۴ ریشتر روز ۲۴ اسفند ۱۴۰۲ استان کرمانشاه در غرب ایران را لرزاند و به گفته \
            هلال احمر ۲۷ نفر کشته و ۳۱۲ نفر مصدوم شدند. این زلزله در نزدیکی سرپل ذهاب و در عمق ۱۱ کیلومتری رخ داد. \
            پیرحسین کولیوند رئیس هلال احمر گفت ۴۸ تیم امداد به سرپل ذهاب، قصر شیرین و گیلانغرب اعزام شد و \
            ۱۸۵۰ چادر توزیع شد. بهمن نوری استاندار گفت ۶۴۰ خانه در کرمانشاه آسیب دید.""";
    static final String OTHER_TITLE = "Real Madrid beat Sevilla at the Bernabeu";
    static final String OTHER_BODY = """
            Real Madrid beat Sevilla 3-1 at the Santiago Bernabeu on Sunday. Vinicius Junior scored twice and \
            Jude Bellingham added a third before Youssef En-Nesyri pulled one back for the visitors. Carlo \
            Ancelotti praised his side after a crowd of 78,000 watched the La Liga match.""";

    static long en;
    static long fa;
    static long other;

    static long post(String title, String body, String published) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "publishedAt", published))
                .post("/articles").then().statusCode(anyOf(equalTo(201), equalTo(200)))
                .extract().jsonPath().getLong("id");
    }

    static JsonPath crossReferences(long id, String query) {
        return given().get("/articles/" + id + "/cross-references" + query).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    static Long storyOf(long id) {
        Number story = given().get("/articles/" + id).then().statusCode(200).extract().jsonPath().get("storyId");
        return story == null ? null : story.longValue();
    }

    static void storeArticles() {
        if (en == 0) {
            en = post(EN_TITLE, EN_BODY, "2024-03-14T08:00:00Z");
            fa = post(FA_TITLE, FA_BODY, "2024-03-14T11:30:00Z");
            other = post(OTHER_TITLE, OTHER_BODY, "2024-03-15T20:00:00Z");
        }
    }

    @Test
    @Order(1)
    void translationsAreLinkedIntoOneStoryAndTheUnrelatedArticleIsNot() {
        storeArticles();
        JsonPath links = crossReferences(fa, "");
        System.out.println("fa cross-references: " + links.prettify());
        assertEquals("linked", links.getString("linkStatus"));
        assertEquals(en, links.getLong("items[0].article.id"), "the English original is the best link");
        assertTrue(List.of("translation", "same_story").contains(links.getString("items[0].relation")));
        assertEquals("en", links.getString("items[0].article.language"));
        assertNotNull(links.get("items[0].article.publishedAt"));
        double score = links.getDouble("items[0].score");
        assertTrue(score > 0 && score <= 1, "score in (0,1]: " + score);
        assertTrue(links.getList("items.article.id", Long.class).stream().noneMatch(id -> id == other));
        assertFalse(links.getList("items[0].evidence.numbers").isEmpty(), "shared numbers are evidence");
        assertTrue(links.getList("items[0].evidence.dates", String.class).contains("2024-03-14"),
                "the Solar Hijri and Gregorian dates are one day");
        assertFalse(links.getList("items[0].evidence.names").isEmpty(), "shared names across scripts");
        assertEquals(3.5, links.getDouble("items[0].evidence.timeGapHours"), 1e-9);
        assertEquals(XrefConfig.METHOD_VERSION, links.getString("items[0].evidence.methodVersion"));
        assertNotNull(links.get("items[0].evidence.contributions.word"));
        // The name each side wrote, seen from the Persian article: its own form first.
        String name = links.getString("items[0].evidence.names[0].name");
        String otherName = links.getString("items[0].evidence.names[0].otherName");
        assertTrue(name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC), name);
        assertTrue(otherName.codePoints().anyMatch(Character::isLetter) && otherName.chars().allMatch(ch -> ch < 0x250), otherName);

        // Read from the other side: the same link, names swapped.
        JsonPath fromEn = crossReferences(en, "");
        assertEquals(fa, fromEn.getLong("items[0].article.id"));
        assertEquals(links.getDouble("items[0].score"), fromEn.getDouble("items[0].score"), 1e-12);
        assertEquals(otherName, fromEn.getString("items[0].evidence.names[0].name"));

        Long story = storyOf(fa);
        assertNotNull(story);
        assertEquals(story, storyOf(en));
        assertNotEquals(story, storyOf(other));
        assertTrue(crossReferences(other, "").getList("items.article.id", Long.class).stream()
                .noneMatch(id -> id == en || id == fa), "the football report links to neither");
    }

    @Test
    @Order(2)
    void filtersNarrowTheLinks() {
        storeArticles();
        String relation = crossReferences(fa, "").getString("items[0].relation");
        assertEquals(en, crossReferences(fa, "?relation=" + relation).getLong("items[0].article.id"));
        assertTrue(crossReferences(fa, "?relation=duplicate").getList("items.article.id", Long.class).stream().noneMatch(id -> id == en));
        assertEquals(en, crossReferences(fa, "?language=en").getLong("items[0].article.id"));
        // other test classes share the store, so other Azerbaijani articles may be linked: the filter keeps only those
        given().get("/articles/" + fa + "/cross-references?language=az").then().statusCode(200)
                .body("items.article.language", everyItem(equalTo("az")))
                .body("items.article.id", not(hasItem((int) en)));
        given().get("/articles/" + fa + "/cross-references?minScore=1").then().statusCode(200)
                .body("items.score", everyItem(greaterThanOrEqualTo(1.0f)));
        given().get("/articles/" + fa + "/cross-references?minScore=0.01&limit=1").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    @Order(2)
    void linksArePagedBestFirstWithACursor() {
        storeArticles();
        List<Long> all = crossReferences(fa, "?limit=200").getList("items.article.id", Long.class);
        List<Double> allScores = crossReferences(fa, "?limit=200").getList("items.score", Double.class);
        assertTrue(all.size() >= 1);
        List<Long> paged = new ArrayList<>();
        List<Double> pagedScores = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var response = given().queryParam("limit", 1);
            if (cursor != null) {
                response.queryParam("cursor", cursor);
            }
            io.restassured.response.Response page = response.get("/articles/" + fa + "/cross-references");
            page.then().statusCode(200).body("items", hasSize(1));
            paged.addAll(page.jsonPath().getList("items.article.id", Long.class));
            pagedScores.addAll(page.jsonPath().getList("items.score", Double.class));
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                assertTrue(page.getHeader("Link").contains("cursor=" + cursor) && page.getHeader("Link").contains("rel=\"next\""));
            }
            pages++;
        } while (cursor != null && pages <= all.size());
        assertEquals(all, paged, "pages of one link each, in order, make the whole list");
        assertEquals(allScores, pagedScores);
        assertEquals(all.size(), pages);
        given().get("/articles/" + fa + "/cross-references?cursor=azE6NDI").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("cursor"));
    }

    @Test
    @Order(3)
    void storiesListAndDetail() {
        storeArticles();
        long story = storyOf(fa);
        given().get("/stories/" + story).then().statusCode(200)
                .body("id", equalTo((int) story))
                .body("articleCount", equalTo(2))
                .body("languages.en", equalTo(1)).body("languages.fa", equalTo(1))
                .body("titles.en", equalTo(EN_TITLE)).body("titles.fa", equalTo(FA_TITLE))
                .body("firstPublished", equalTo("2024-03-14T08:00:00Z"))
                .body("lastPublished", equalTo("2024-03-14T11:30:00Z"))
                .body("articles.fa[0].id", equalTo((int) fa))
                .body("articles.en[0].id", equalTo((int) en))
                .body("names", not(hasSize(0)));
        given().get("/stories?language=fa&minArticles=2").then().statusCode(200).body("items.id", hasItem((int) story));
        given().get("/stories?language=az").then().statusCode(200).body("items.id", not(hasItem((int) story)));
        given().get("/stories?from=2024-03-14&to=2024-03-15").then().statusCode(200).body("items.id", hasItem((int) story));
        given().get("/stories?from=2024-04-01").then().statusCode(200).body("items.id", not(hasItem((int) story)));
        given().get("/stories?entity=Q0-none").then().statusCode(200).body("items", hasSize(0));
        given().get("/stories?sort=largest&limit=1").then().statusCode(200)
                .body("items[0].articleCount", greaterThanOrEqualTo(2));

        // Keyset paging: one story per page, every story once.
        List<Integer> seen = new java.util.ArrayList<>();
        String next = null;
        do {
            var page = given().get("/stories?limit=1" + (next == null ? "" : "&cursor=" + next)).then().statusCode(200).extract();
            seen.addAll(page.jsonPath().getList("items.id", Integer.class));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""));
            }
        } while (next != null && seen.size() < 1000);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size());
        assertTrue(seen.contains((int) story));
    }

    @Test
    @Order(4)
    void analyzeCanPreviewLinksWithoutStoring() {
        storeArticles();
        var analysis = given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("title", "Kermanshah earthquake: 27 dead, 312 injured", "text",
                        "The 6.4 earthquake near Sarpol-e Zahab in Kermanshah on 14 March 2024 killed 27 people; "
                                + "Pirhossein Kolivand of the Red Crescent said 48 teams and 1,850 tents were sent."))
                .post("/analyze?links=true").then().statusCode(200).extract().jsonPath();
        assertTrue(analysis.getList("links.article.id", Long.class).contains(en));
        assertTrue(analysis.getList("links.article.id", Long.class).stream().noneMatch(id -> id == other));
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "Kermanshah")).post("/analyze")
                .then().statusCode(200).body("$", not(hasKey("links")));
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "Kermanshah")).post("/analyze?links=maybe")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @Order(5)
    void badRequestsAndUnknownIdsAreProblems() {
        given().get("/articles/987654321/cross-references").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404)).body("detail", containsString("987654321"));
        given().get("/stories/987654321").then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/1/cross-references?minScore=high").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("minScore"));
        given().get("/articles/1/cross-references?minScore=1.5").then().statusCode(400).contentType("application/problem+json");
        given().get("/articles/1/cross-references?relation=cousin").then().statusCode(400).contentType("application/problem+json");
        given().get("/stories?sort=random").then().statusCode(400).contentType("application/problem+json");
        given().get("/stories?cursor=garbage").then().statusCode(400).contentType("application/problem+json");
        given().get("/stories?minArticles=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @Order(6)
    void deletingAnArticleRemovesItsLinksAndUpdatesItsStory() {
        storeArticles();
        long story = storyOf(fa);
        given().header("Authorization", KEY).delete("/articles/" + en).then().statusCode(204);
        assertTrue(crossReferences(fa, "").getList("items.article.id", Long.class).stream().noneMatch(id -> id == en));
        assertEquals(story, storyOf(fa), "the remaining article keeps the story id");
        given().get("/stories/" + story).then().statusCode(200).body("articleCount", equalTo(1))
                .body("languages", not(hasKey("en"))).body("titles.fa", equalTo(FA_TITLE));
        given().get("/articles/" + en + "/cross-references").then().statusCode(404);

        // The last article of a story takes the story with it.
        given().header("Authorization", KEY).delete("/articles/" + fa).then().statusCode(204);
        given().get("/stories/" + story).then().statusCode(404);
        given().get("/articles/" + other + "/cross-references").then().statusCode(200).body("items", notNullValue());
    }
}
