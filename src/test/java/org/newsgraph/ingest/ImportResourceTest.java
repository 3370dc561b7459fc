package org.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.newsgraph.feed.FeedEvent;
import org.newsgraph.feed.SseClient;

/** A bulk upload is an import whose progress is served at /imports/{id} and carried by the feed. */
@QuarkusTest
class ImportResourceTest {
    static final String TAG = Long.toString(System.nanoTime(), 36);
    static final String NDJSON = """
            {"title": "Import one %1$s", "body": "Baku hosted the first import test article on 3 May 2024.", "url": "https://news.example.org/import/%1$s"}
            {"title": "Import two %1$s", "body": "Tabriz hosted the second import test article on 4 May 2024."}
            {"title": "Import three %1$s", "body": ""}
            {"title": "Import one again %1$s", "body": "Another text, same URL.", "url": "https://news.example.org/import/%1$s"}
            """.formatted(TAG);

    @TestHTTPResource("events")
    URI events;

    @Test
    void aBulkUploadReportsItsProgressUntilEveryArticleIsDone() throws Exception {
        try (SseClient feed = SseClient.connect(events, null)) {
            assertEquals("subscribed", feed.next().comment());
            var upload = given().header("Authorization", "Bearer test-key").contentType("application/x-ndjson")
                    .body(NDJSON.getBytes(StandardCharsets.UTF_8))
                    .post("/articles/bulk").then().statusCode(200).extract();
            long importId = upload.jsonPath().getLong("importId");
            assertTrue(upload.header("Location").endsWith("/imports/" + importId), upload.header("Location"));

            JsonPath first = progress(importId);
            assertEquals(4, first.getInt("received"));
            assertEquals(2, first.getInt("stored"));
            assertEquals(1, first.getInt("existing"));
            assertEquals(1, first.getInt("rejected"));
            assertEquals(first.getInt("received"),
                    first.getInt("stored") + first.getInt("existing") + first.getInt("rejected"), "every line is counted once");
            assertTrue(first.getBoolean("uploaded"));

            // The feed carries the same progress; the last event of the import says it is done.
            SseClient.Event done = feed.nextMatching(e -> e.name().equals(FeedEvent.IMPORT_PROGRESS)
                    && e.data().getLong("importId") == importId && e.data().getBoolean("payload.done"));
            assertEquals(2, done.data().getInt("payload.stored"));
            assertEquals(2, done.data().getInt("payload.analyzed"));
            assertEquals(2, done.data().getInt("payload.linked") + done.data().getInt("payload.failed"));

            JsonPath last = progress(importId);
            assertTrue(last.getBoolean("done"));
            assertEquals(2, last.getInt("analyzed"), "every stored article is analyzed");
            assertEquals(2, last.getInt("linked") + last.getInt("failed"));
            assertEquals(0, last.getLong("etaSeconds"));
            assertTrue(last.getDouble("rate") > 0);
        }
    }

    @Test
    void anUnknownImportIsNotFound() {
        given().get("/imports/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    static JsonPath progress(long importId) {
        return given().get("/imports/" + importId).then().statusCode(200).extract().jsonPath();
    }
}
