package org.newsgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleState;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Two analysis worker threads share the queue: a bulk upload still ends with every article analyzed and linked. */
@QuarkusTest
@TestProfile(ParallelAnalysisWorkersTest.TwoWorkers.class)
class ParallelAnalysisWorkersTest {
    private static final String KEY = "Bearer test-key";
    private static final int ARTICLES = 8; // the test profile takes at most 10 lines a bulk upload

    public static class TwoWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.analysis.workers", "2");
        }
    }

    @Inject
    AnalysisWorker worker;
    @Inject
    ArticleLifecycle lifecycle;

    @Test
    void aBulkUploadEndsAnalyzedAndLinkedWithTwoWorkers() throws InterruptedException {
        assertEquals(2, worker.workerCount());
        StringBuilder ndjson = new StringBuilder();
        String[] places = {"Tehran", "Baku", "Cairo", "Ankara"};
        for (int i = 0; i < ARTICLES; i++) {
            String place = places[i % places.length];
            ndjson.append("{\"title\": \"Talks in ").append(place).append(" resume, report ").append(i)
                    .append("\", \"body\": \"Delegations met in ").append(place).append(" on Monday to resume talks, report ")
                    .append(i).append(". Ministers from Iran and Azerbaijan attended.\"}\n");
        }
        Response report = given().header("Authorization", KEY).contentType("application/x-ndjson")
                .body(ndjson.toString().getBytes(StandardCharsets.UTF_8)).post("/articles/bulk");
        report.then().statusCode(200).body("created", equalTo(ARTICLES));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            ids.add(report.jsonPath().getLong("results[" + i + "].id"));
        }
        List<Optional<ArticleState>> states = List.of();
        for (int attempt = 0; attempt < 1200; attempt++) {
            states = ids.stream().map(lifecycle::stateOf).toList();
            if (states.stream().allMatch(s -> s.equals(Optional.of(ArticleState.LINKED)))) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(ids.stream().map(id -> Optional.of(ArticleState.LINKED)).toList(), states);
    }
}
