package org.newsgraph.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ArticleResourceTest {
    static final String KEY = "Bearer test-key";

    static Response post(Map<String, Object> article) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(article).post("/articles");
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsReadsAndCachesAnArticle() {
        String tag = unique();
        Response created = post(Map.of("title", "Kampala summit " + tag, "body", "The Non-Aligned Movement met in Kampala. " + tag,
                "url", "https://news.example.org/a/" + tag, "source", "Example Wire", "publishedAt", "2024-01-15T10:00:00Z"));
        created.then().statusCode(201)
                .header("Location", containsString("/articles/"))
                .header("ETag", notNullValue())
                .body("title", equalTo("Kampala summit " + tag))
                .body("source", equalTo("Example Wire"))
                .body("publishedAt", equalTo("2024-01-15T10:00:00Z"))
                .body("analysisStatus", equalTo("done"));
        long id = created.jsonPath().getLong("id");

        Response read = given().get("/articles/" + id);
        read.then().statusCode(200).body("id", equalTo((int) id)).body("url", equalTo("https://news.example.org/a/" + tag));
        String etag = read.getHeader("ETag");
        given().header("If-None-Match", etag).get("/articles/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/articles/" + id).then().statusCode(200);
    }

    @Test
    void sameUrlOrSameNormalizedContentReturnsTheStoredArticle() {
        String tag = unique();
        long id = post(Map.of("title", "خبر " + tag, "body", "رئيس جمهوری در باكو سخنرانی کرد " + tag,
                "url", "https://news.example.org/b/" + tag)).then().statusCode(201).extract().jsonPath().getLong("id");
        // Same URL (host case and fragment differ), other text.
        post(Map.of("title", "other", "body", "other body " + tag, "url", "https://NEWS.example.org/b/" + tag + "#top"))
                .then().statusCode(200).body("id", equalTo((int) id));
        // No URL, same text up to Arabic/Persian letter variants and spacing.
        post(Map.of("title", "خبر  " + tag, "body", "رئیس جمهوری در باکو سخنرانی کرد " + tag))
                .then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void concurrentIdenticalRequestsStoreOneArticle() throws Exception {
        String tag = unique();
        Map<String, Object> article = Map.of("title", "Race " + tag, "body", "Concurrent body " + tag);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit((Callable<Response>) () -> post(article)));
            }
            Set<Long> ids = new HashSet<>();
            int createdCount = 0;
            for (Future<Response> f : futures) {
                Response r = f.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, "status " + r.statusCode());
                createdCount += r.statusCode() == 201 ? 1 : 0;
                ids.add(r.jsonPath().getLong("id"));
            }
            assertEquals(1, createdCount);
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDeletesOfOneArticleGiveOne204AndOtherwise404() throws Exception {
        long id = post(Map.of("title", "Delete race " + unique(), "body", "Deleted by several clients at once.")).jsonPath().getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit((Callable<Response>) () -> given().header("Authorization", KEY).delete("/articles/" + id)));
            }
            int deleted = 0;
            for (Future<Response> f : futures) {
                Response r = f.get();
                assertTrue(r.statusCode() == 204 || r.statusCode() == 404, "status " + r.statusCode());
                deleted += r.statusCode() == 204 ? 1 : 0;
            }
            assertEquals(1, deleted);
        } finally {
            pool.shutdownNow();
        }
        given().get("/articles/" + id).then().statusCode(404);
    }

    @Test
    void rawTextGetsItsTitleFromTheFirstMeaningfulLine() {
        String tag = unique();
        String text = "\n\n   \nQoşulmama Hərəkatı Kampalada toplanır " + tag + "\n\nAzərbaycan sədrliyi başa çatır.\n";
        given().header("Authorization", KEY).contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/articles")
                .then().statusCode(201)
                .body("title", equalTo("Qoşulmama Hərəkatı Kampalada toplanır " + tag))
                .body("body", equalTo(text));
    }

    @Test
    void writesNeedAValidApiKey() {
        given().contentType(ContentType.JSON).body(Map.of("body", "x")).post("/articles")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401))
                .body("detail", containsString("API key"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(Map.of("body", "x")).post("/articles")
                .then().statusCode(401).contentType("application/problem+json");
        given().delete("/articles/1").then().statusCode(401);
        given().get("/articles").then().statusCode(200);
    }

    @Test
    void badInputGetsProblemDetails() {
        given().header("Authorization", KEY).contentType(ContentType.JSON).body("{\"title\": \"x\", \"body\": ")
                .post("/articles").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Bad Request")).body("detail", containsString("JSON"));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body(Map.of("title", "no body"))
                .post("/articles").then().statusCode(400).body("detail", containsString("'body'"));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body(Map.of("body", "x", "url", "ftp://x"))
                .post("/articles").then().statusCode(400).body("detail", containsString("url"));
        given().header("Authorization", KEY).contentType(ContentType.JSON).body(Map.of("body", "x", "publishedAt", "yesterday"))
                .post("/articles").then().statusCode(400).body("detail", containsString("publishedAt"));
        byte[] badUtf8 = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        given().header("Authorization", KEY).contentType("application/json; charset=UTF-8").body(badUtf8)
                .post("/articles").then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        given().header("Authorization", KEY).contentType("text/plain; charset=UTF-8").body(badUtf8)
                .post("/articles").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", KEY).contentType("application/xml").body("<a/>")
                .post("/articles").then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        given().header("Authorization", KEY).contentType("text/plain; charset=UTF-8").body(huge)
                .post("/articles").then().statusCode(413).contentType("application/problem+json");
        given().get("/articles/99999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("99999999"));
        given().get("/articles?cursor=not-a-cursor").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("cursor"));
        given().get("/articles?limit=abc").then().statusCode(400).body("detail", containsString("limit"));
        given().get("/articles?from=someday").then().statusCode(400).body("detail", containsString("from"));
        given().get("/no-such-path").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsWithFiltersAndKeysetPaging() {
        String source = "Pager " + unique();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(post(Map.of("title", "Paged " + i + " " + source, "body", "Paged article number " + i + " " + source,
                    "source", source, "publishedAt", "2023-0" + (i + 1) + "-10")).jsonPath().getLong("id"));
        }
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("source", source.toLowerCase()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/articles");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                assertTrue(page.getHeader("Link").contains("rel=\"next\""));
                assertTrue(page.getHeader("Link").contains("cursor=" + cursor));
            }
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of(ids.get(4).intValue(), ids.get(3).intValue(), ids.get(2).intValue(), ids.get(1).intValue(),
                ids.get(0).intValue()), seen);

        given().queryParam("source", source).queryParam("from", "2023-02-01").queryParam("to", "2023-04-01").get("/articles")
                .then().statusCode(200).body("items", hasSize(2));
        given().queryParam("source", source).queryParam("limit", 100000).get("/articles")
                .then().statusCode(200).body("items", hasSize(5)).body("next", nullValue());
    }

    @Test
    void listItemsAreSummariesUnlessTheFullViewIsAsked() {
        String source = "Summaries " + unique();
        String longBody = String.join(" ", java.util.Collections.nCopies(20,
                "Baku hosted the summit of the region on Thursday and the ministers agreed on a plan."));
        long id = post(Map.of("title", "Summary test " + source, "body", longBody, "source", source))
                .jsonPath().getLong("id");

        Response summary = given().queryParam("source", source).get("/articles");
        summary.then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].body", nullValue())
                .body("items[0].source", equalTo(source))
                .body("items[0].analysisStatus", equalTo("done"))
                .body("items[0].entityCount", greaterThanOrEqualTo(1))
                .body("items[0].crossReferenceCount", greaterThanOrEqualTo(0));
        String snippet = summary.jsonPath().getString("items[0].snippet");
        assertTrue(snippet.startsWith("Baku hosted the summit"), snippet);
        assertTrue(snippet.endsWith("…") && snippet.length() <= ArticleSummary.SNIPPET_LENGTH, snippet);
        assertTrue(longBody.startsWith(snippet.substring(0, snippet.length() - 1)), "the snippet is the body's opening");

        given().queryParam("source", source).queryParam("view", "full").get("/articles").then().statusCode(200)
                .body("items[0].body", equalTo(longBody))
                .body("items[0].snippet", equalTo(snippet));
        given().queryParam("view", "everything").get("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("view"));
    }

    @Test
    void searchResultsPageNewestFirstWithTheOtherFilters() {
        String tag = "srch" + unique();
        String source = "Search pager " + tag;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String extra = i % 2 == 0 ? " harbour" : "";
            ids.add(post(Map.of("title", "Search page " + i + " " + tag, "body", "Searchable article " + i + extra + " " + tag,
                    "source", i < 4 ? source : "Elsewhere " + tag)).jsonPath().getLong("id"));
        }
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), searchAllPages(tag, null));
        assertEquals(List.of(ids.get(4), ids.get(2), ids.get(0)), searchAllPages("harbour " + tag, null));
        assertEquals(List.of(ids.get(2), ids.get(0)), searchAllPages("harbour " + tag, source));
        assertEquals(List.of(), searchAllPages("absentword" + tag, null));
    }

    /** Every page of a search, two at a time, following the cursor. */
    private static List<Long> searchAllPages(String q, String source) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", q).queryParam("limit", 2);
            if (source != null) {
                request.queryParam("source", source);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/articles");
            page.then().statusCode(200);
            page.jsonPath().getList("items.id", Long.class).forEach(seen::add);
            cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        return seen;
    }

    @Test
    void searchesArabicScriptAndLatinTextWithFolding() {
        String tag = unique();
        post(Map.of("title", "نشست وزیران در باکو " + tag, "body", "وزير امور خارجه ايران در باكو سخنرانی کرد."));
        given().queryParam("q", "باکو " + tag).get("/articles").then().statusCode(200).body("items", hasSize(1));
        given().queryParam("q", "وزیر " + tag).get("/articles").then().statusCode(200).body("items", hasSize(1));
        post(Map.of("title", "Bakıda görüş " + tag, "body", "İlham Əliyev qonaqları qəbul edib."));
        given().queryParam("q", "ilham " + tag).get("/articles").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void deletesAnArticle() {
        long id = post(Map.of("title", "Delete me " + unique(), "body", "Short-lived " + unique())).jsonPath().getLong("id");
        given().header("Authorization", KEY).delete("/articles/" + id).then().statusCode(204);
        given().get("/articles/" + id).then().statusCode(404);
        given().header("Authorization", KEY).delete("/articles/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deleteServesAClientThatAcceptsOnlyProblemJson() {
        long id = post(Map.of("title", "Delete me too " + unique(), "body", "Short-lived " + unique())).jsonPath().getLong("id");
        given().header("Authorization", KEY).accept("application/problem+json").delete("/articles/" + id).then().statusCode(204);
        given().header("Authorization", KEY).accept("application/problem+json").delete("/articles/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void exportsEveryMatchingArticleAsNdjson() {
        String source = "Exporter " + unique();
        for (int i = 0; i < 3; i++) {
            post(Map.of("title", "Export " + i, "body", "Exported article " + i + " " + source, "source", source));
        }
        String ndjson = given().queryParam("source", source).get("/articles/export")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        String[] lines = ndjson.strip().split("\n");
        assertEquals(3, lines.length);
        for (String line : lines) {
            assertTrue(line.contains("\"source\":\"" + source + "\""), line);
        }
    }

    @Test
    void bulkIngestReportsEachLineAndAnalyzesInTheBackground() throws InterruptedException {
        String tag = unique();
        String ndjson = String.join("\n",
                "{\"title\": \"Bulk one " + tag + "\", \"body\": \"First bulk body " + tag + "\"}",
                "{\"title\": \"Bulk two\", \"body\": ",
                "",
                "{\"title\": \"No body\"}",
                "{\"title\": \"Bulk three " + tag + "\", \"body\": \"Third bulk body " + tag + "\", \"url\": \"https://news.example.org/bulk/" + tag + "\"}",
                "{\"title\": \"Bulk one " + tag + "\", \"body\": \"First bulk body " + tag + "\"}") + "\n";
        Response report = given().header("Authorization", KEY).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/articles/bulk");
        report.then().statusCode(200)
                .body("lines", equalTo(5)).body("truncated", equalTo(false)).body("created", equalTo(2)).body("existing", equalTo(1)).body("failed", equalTo(2))
                .body("results.line", equalTo(List.of(1, 2, 4, 5, 6)))
                .body("results.status", equalTo(List.of("created", "failed", "failed", "created", "existing")))
                .body("results[1].problem.status", equalTo(400))
                .body("results[2].problem.detail", containsString("'body'"));
        long first = report.jsonPath().getLong("results[0].id");
        assertEquals(first, report.jsonPath().getLong("results[4].id"));
        String status = "pending";
        for (int i = 0; i < 300 && !"done".equals(status); i++) {
            Thread.sleep(100);
            status = given().get("/articles/" + first).jsonPath().getString("analysisStatus");
        }
        assertEquals("done", status);
        given().header("Authorization", KEY).contentType("text/csv").body("a,b".getBytes(StandardCharsets.UTF_8)).post("/articles/bulk").then().statusCode(415);
    }

    @Test
    void bulkUploadsStopAtTheLineLimitAndSaySo() {
        String tag = unique();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            ndjson.append("{\"title\": \"Limit ").append(i).append(' ').append(tag)
                    .append("\", \"body\": \"Line ").append(i).append(' ').append(tag).append("\"}\n");
        }
        given().header("Authorization", KEY).contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8)).post("/articles/bulk")
                .then().statusCode(200)
                .body("truncated", equalTo(true)).body("lines", equalTo(10)).body("created", equalTo(10));
    }

    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("atabase")));
        given().get("/q/health/live").then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem("database"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/articles").then().body("items.analysisStatus", everyItem(notNullValue()));
    }
}
