package org.newsgraph.analyze;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.entity.GuidelineExamples;

/**
 * The service's POST /analyze runs the same entity pipeline the news benchmark measures: every span that
 * docs/entity-guidelines.md marks in its examples comes back from the endpoint (the knowledge base and the
 * model may add more, so this checks inclusion; the rules' unit test checks exactness).
 */
@QuarkusTest
class AnalyzeEntitiesTest {

    @Test
    void guidelineSpansComeBackFromAnalyze() {
        List<GuidelineExamples> examples = new java.util.ArrayList<>(GuidelineExamples.all());
        assertTrue(examples.size() >= 10, "guideline examples missing");
        examples.addAll(GuidelineExamples.withKnowledgeBase());
        for (GuidelineExamples example : examples) {
            JsonPath body = given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                    .body(Map.of("text", example.text(), "language", example.language()))
                    .post("/analyze").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> entities = body.getList("entities");
            List<String> found = entities.stream()
                    .map(e -> GuidelineExamples.span((Integer) e.get("start"), (Integer) e.get("end"),
                            (String) e.get("kind"), (String) e.get("surface")))
                    .toList();
            assertTrue(found.containsAll(example.expected()),
                    "example: " + example.line() + "\n expected " + example.expected() + "\n found " + found);
        }
    }
}
