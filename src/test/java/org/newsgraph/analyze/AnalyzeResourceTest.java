package org.newsgraph.analyze;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalyzeResourceTest {

    @Test
    void analyzesWithoutStoring() {
        long before = given().get("/articles?limit=200").jsonPath().getList("items").size();
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("text", "Azərbaycan Respublikasının Prezidenti İlham Əliyev Bakıda xarici qonaqları qəbul edib."))
                .post("/analyze").then().statusCode(200)
                .body("language", equalTo("az")).body("script", equalTo("Latn"));
        given().header("Authorization", "Bearer test-key").contentType("text/plain; charset=UTF-8")
                .body("Президент Азербайджана Ильхам Алиев принял в Баку иностранных гостей.".getBytes(StandardCharsets.UTF_8))
                .post("/analyze").then().statusCode(200).body("language", equalTo("ru")).body("script", equalTo("Cyrl"));
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "Bakı", "language", "az-Cyrl"))
                .post("/analyze").then().statusCode(200).body("language", equalTo("az-Cyrl"));
        long after = given().get("/articles?limit=200").jsonPath().getList("items").size();
        org.junit.jupiter.api.Assertions.assertEquals(before, after);
    }

    @Test
    void badTextGetsAnUndeterminedAnswerOrAProblem() {
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "1234 5678 !!! ...")).post("/analyze")
                .then().statusCode(200).body("language", equalTo("und")).body("languageConfidence", lessThan(0.01f));
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "\u202B\u202E\u200F\u202C")).post("/analyze")
                .then().statusCode(200).body("language", equalTo("und"));
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body("a".repeat(1_000_000).getBytes(StandardCharsets.UTF_8).length > 0
                        ? "{\"text\": \"" + "ب".repeat(500_000) + "\"}" : "")
                .post("/analyze").then().statusCode(200);
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "  ")).post("/analyze")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(Map.of("text", "x", "language", "not a tag!")).post("/analyze")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body("{").post("/analyze").then().statusCode(400).contentType("application/problem+json");
    }
}
