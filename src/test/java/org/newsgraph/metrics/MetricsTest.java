package org.newsgraph.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** /q/metrics after an article was posted: ingestion counters, analyzer and linking histograms, store gauges. */
@QuarkusTest
class MetricsTest {

    @Test
    void metricsAfterAPostShowTheArticleItsAnalysisAndTheStore() {
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("title", "Metrics test in Ganja", "body", "The metrics test article was written in Ganja on 2 June 2024."))
                .post("/articles").then().statusCode(anyOf(equalTo(201), equalTo(200)));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(value(metrics, "newsgraph_articles_ingested_total") > 0);
        assertTrue(value(metrics, "newsgraph_articles_analyzed_total") > 0);
        assertTrue(value(metrics, "newsgraph_articles_linked_total") > 0);
        assertTrue(value(metrics, "newsgraph_analyzer_duration_seconds_count{analyzer=\"LanguageAnalyzer\"") > 0);
        assertTrue(value(metrics, "newsgraph_linking_duration_seconds_count") > 0);
        assertTrue(metrics.contains("newsgraph_linking_duration_seconds_bucket{"), "linking time is a histogram");
        assertTrue(value(metrics, "http_server_requests_seconds_count{") > 0, "HTTP server metrics");
        assertTrue(value(metrics, "newsgraph_knowledge_base_entities") > 0);
        for (String gauge : new String[] {"newsgraph_analysis_queue_depth", "newsgraph_stories", "newsgraph_links", "newsgraph_articles "}) {
            assertTrue(metrics.contains("\n" + gauge), gauge + " is published");
        }
    }

    /** The value of the first sample whose line starts with {@code prefix}. */
    static double value(String metrics, String prefix) {
        Matcher m = Pattern.compile("^" + Pattern.quote(prefix) + "[^\\n]* ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no sample " + prefix + " in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }
}
