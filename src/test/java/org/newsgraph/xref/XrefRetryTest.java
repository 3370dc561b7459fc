package org.newsgraph.xref;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.newsgraph.ingest.AnalysisWorker;

/**
 * A linking step that fails leaves the article stored, unlinked (no links, signals or story) and queued;
 * the background worker then analyzes and links it again.
 */
@QuarkusTest
class XrefRetryTest {
    @Inject
    XrefService xref;
    @Inject
    AnalysisWorker worker;
    @Inject
    EntityManager em;

    @Test
    void failedLinkingIsRetriedAndNeverHalfDone() throws Exception {
        long id = given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("title", "Tabriz carpet fair opens with 420 exhibitors",
                        "body", "The Tabriz carpet fair opened on 3 May 2024 with 420 exhibitors from 14 provinces."))
                .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath before = links(id);
        assertEquals("linked", before.getString("linkStatus"));
        long signals = count("select count(*) from article_signal where article_id = " + id);
        assertTrue(signals > 0);

        // A relinking step fails midway (no document to read, after it removed the old links): it rolls
        // back as a whole, so the earlier complete linking stands, and the article is flagged and queued.
        assertTrue(!xref.linkOrQueueRetry(id, null));
        JsonPath failed = links(id);
        assertEquals("failed", failed.getString("linkStatus"));
        assertEquals(before.getList("items"), failed.getList("items"));
        assertEquals(signals, count("select count(*) from article_signal where article_id = " + id));
        given().get("/articles/" + id).then().statusCode(200);
        assertEquals(1L, count("select count(*) from analysis_job where article_id = " + id));

        // Due now: the worker re-analyzes and links it.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update analysis_job set not_before = now() where article_id = " + id).executeUpdate());
        worker.wakeUp();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"linked".equals(links(id).getString("linkStatus")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        JsonPath relinked = links(id);
        assertEquals("linked", relinked.getString("linkStatus"));
        assertEquals(0L, count("select count(*) from analysis_job where article_id = " + id));
        assertNull(relinked.get("items.find { it.article.id == " + id + " }"), "never linked to itself");
    }

    private static JsonPath links(long id) {
        return given().get("/articles/" + id + "/cross-references").then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
