package org.newsgraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Rate limits with small buckets, then the database going away under the running service. Its own profile,
 * so its own Quarkus and its own embedded PostgreSQL, which the last test stops for good.
 */
@QuarkusTest
@TestProfile(LimitsAndOutageTest.SmallLimits.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LimitsAndOutageTest {
    private static final String BURST_KEY = "Bearer burst-key";
    private static final String OTHER_KEY = "Bearer other-key";
    private static final String OUTAGE_KEY = "Bearer outage-key";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "newsgraph.api-keys", "burst-key,other-key,outage-key",
                    "newsgraph.limits.writes.capacity", "3",
                    "newsgraph.limits.writes.refill-per-second", "0.001",
                    "newsgraph.limits.expensive-reads.capacity", "2",
                    "newsgraph.limits.expensive-reads.refill-per-second", "0.001",
                    "newsgraph.analysis.worker-enabled", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void aBurstOfWritesGets429WithRetryAfterPerKey() {
        for (int i = 0; i < 3; i++) {
            write(BURST_KEY, "Burst " + i).then().statusCode(201);
        }
        Response limited = write(BURST_KEY, "Burst 3");
        limited.then().statusCode(429).contentType(Problem.MEDIA_TYPE).body("status", equalTo(429))
                .header("Retry-After", notNullValue()).header("X-Content-Type-Options", "nosniff");
        assertTrue(Long.parseLong(limited.getHeader("Retry-After")) >= 1);
        // Another key has its own bucket; cheap reads draw from none.
        write(OTHER_KEY, "Other 0").then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            given().get("/articles").then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void expensiveReadsHaveTheirOwnBucketPerClientAddress() {
        given().get("/articles?q=burst").then().statusCode(200);
        given().get("/entities?q=burst").then().statusCode(200);
        given().get("/articles/export").then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue());
        given().contentType(ContentType.TEXT).header("Authorization", OTHER_KEY).body("Bakı").post("/analyze").then().statusCode(200);
        given().contentType(ContentType.TEXT).header("Authorization", OTHER_KEY).body("Bakı").post("/analyze").then().statusCode(200);
        given().contentType(ContentType.TEXT).header("Authorization", OTHER_KEY).body("Bakı").post("/analyze").then().statusCode(429);
    }

    @Test
    @Order(3)
    void withTheDatabaseDownEveryAnswerIs503WithRetryAfterAndNamesNoHost() throws Exception {
        long stored = write(OUTAGE_KEY, "Before the outage").then().statusCode(201).extract().jsonPath().getLong("id");
        String port;
        long postmaster;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('data_directory'), current_setting('port')")) {
            rs.next();
            Path dataDir = Path.of(rs.getString(1));
            port = rs.getString(2);
            // Only ever the throw-away server of this profile, never an external one.
            assumeTrue(dataDir.getFileName().toString().startsWith("newsgraph-test-pg"), "not the embedded test server");
            postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        }
        Process stop = new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).start();
        assertTrue(stop.waitFor(10, TimeUnit.SECONDS) && stop.exitValue() == 0);
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());

        List<Response> answers = List.of(
                given().get("/articles/" + stored),
                given().get("/articles"),
                given().get("/articles/" + stored + "/entities"),
                write(OUTAGE_KEY, "During the outage"));
        for (Response answer : answers) {
            answer.then().statusCode(503).contentType(Problem.MEDIA_TYPE).body("status", equalTo(503))
                    .header("Retry-After", "5");
            assertNamesNoInternals(answer.asString(), port);
        }

        Response bulk = given().header("Authorization", OUTAGE_KEY).contentType("application/x-ndjson")
                .body("{\"body\":\"Bulk one during the outage\"}\n{\"body\":\"Bulk two during the outage\"}\n"
                        .getBytes(StandardCharsets.UTF_8)).post("/articles/bulk");
        // an upload first registers its import, so with the database down the whole upload is refused, to be sent again
        bulk.then().statusCode(503).contentType(Problem.MEDIA_TYPE).header("Retry-After", "5");
        assertNamesNoInternals(bulk.asString(), port);

        for (String health : List.of("/q/health/ready", "/q/health/live", "/q/health")) {
            Response answer = given().get(health);
            answer.then().statusCode(503).body("status", equalTo("DOWN")).body(not(containsString("Exception")));
            assertNamesNoInternals(answer.asString(), port);
        }
    }

    private static void assertNamesNoInternals(String body, String port) {
        for (String internal : List.of("localhost", "127.0.0.1", ":" + port, port, "jdbc:", "PSQLException", "select ", "insert ", "\tat ")) {
            assertFalse(body.contains(internal), "body shows '" + internal + "': " + body);
        }
    }

    private static Response write(String key, String title) {
        return given().header("Authorization", key).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", title + " " + System.nanoTime())).post("/articles");
    }
}
