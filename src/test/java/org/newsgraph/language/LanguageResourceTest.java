package org.newsgraph.language;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LanguageResourceTest {

    @Test
    void storedArticlesCarryTheirLanguageAndSegments() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String arabic = "التقى الرئيس الأذربيجاني بالأمينة العامة لمنظمة الأمن والتعاون في أوروبا في باكو لبحث التعاون الإقليمي وقضايا المناخ.";
        String english = "\"We are committed to making this conference a success for every country,\" the president told reporters in English.";
        long id = given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("title", "لقاء في باكو " + tag, "body", arabic + "\n\n" + english + "\n\n" + arabic))
                .post("/articles").then().statusCode(201)
                .body("language", equalTo("ar")).body("script", equalTo("Arab"))
                .body("languageConfidence", greaterThan(0.5f))
                .extract().jsonPath().getLong("id");
        given().get("/articles/" + id + "/languages").then().statusCode(200)
                .body("articleId", equalTo((int) id))
                .body("language", equalTo("ar"))
                .body("segments.language", hasItems("ar", "en"));
        given().get("/languages").then().statusCode(200)
                .body("language", hasItem("ar"))
                .body("find { it.language == 'ar' }.articles", greaterThanOrEqualTo(1));
        given().get("/articles/99999999/languages").then().statusCode(404).contentType("application/problem+json");
    }
}
