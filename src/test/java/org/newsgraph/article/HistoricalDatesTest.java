package org.newsgraph.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Dates before the Gregorian reform (1582) read back as they were sent: PostgreSQL and java.time count them in
 * the proleptic Gregorian calendar, java.sql.Timestamp in the Julian one, days apart.
 */
@QuarkusTest
class HistoricalDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1500-06-01T00:00:00Z", "0900-03-01T12:30:00Z"})
    void anOldPublicationDateReadsBackAndFiltersAsSent(String publishedAt) {
        String tag = ArticleResourceTest.unique();
        long id = ArticleResourceTest.post(Map.of("title", "Chronicle " + tag, "body", "An old chronicle entry " + tag,
                        "source", "chronicle-" + tag, "publishedAt", publishedAt))
                .then().statusCode(201).body("publishedAt", equalTo(publishedAt))
                .extract().jsonPath().getLong("id");

        given().get("/articles/" + id).then().statusCode(200).body("publishedAt", equalTo(publishedAt));
        given().get("/articles?source=chronicle-" + tag).then().statusCode(200)
                .body("items[0].id", equalTo((int) id)).body("items[0].publishedAt", equalTo(publishedAt));

        String day = publishedAt.substring(0, 10);
        String year = publishedAt.substring(0, 4);
        given().queryParam("from", day).queryParam("to", year + "-12-31").get("/articles?source=chronicle-" + tag)
                .then().statusCode(200).body("items.id", hasItem((int) id));
        // The day after it: the filter binds the bound as sent, not shifted by the calendars' difference.
        String dayAfter = java.time.LocalDate.parse(day).plusDays(1).toString();
        given().queryParam("from", dayAfter).get("/articles?source=chronicle-" + tag)
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
        given().queryParam("to", day).get("/articles?source=chronicle-" + tag)
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }
}
