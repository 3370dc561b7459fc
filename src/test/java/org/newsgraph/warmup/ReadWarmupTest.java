package org.newsgraph.warmup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.newsgraph.article.ArticleSummary;
import org.newsgraph.config.NewsgraphConfig;

/** The start-up read warm-up reads every read path over a store with an article, and writes nothing. */
@QuarkusTest
class ReadWarmupTest {
    @Inject
    ReadWarmup warmup;
    @Inject
    NewsgraphConfig config;
    @Inject
    DataSource dataSource;

    @Test
    void readsEveryPathAndWritesNothing() throws Exception {
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("title", "Warm-up test: a ferry line opens between Baku and Turkmenbashi",
                        "body", "A new ferry line between Baku and Turkmenbashi opened on 4 March 2024, the port said."))
                .post("/articles").then().statusCode(201);

        // A write takes a transaction id; reads do not. Background jobs of the test instance may write now and
        // then, so a change is retried a few times: a warm-up that wrote would change it every time.
        List<Long> assigned = new ArrayList<>();
        ReadWarmup.Result result = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            long before = nextTransactionId();
            result = warmup.run(4, 2);
            long after = nextTransactionId();
            assigned.add(after - before);
            if (after == before) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(0L, assigned.get(assigned.size() - 1), "transaction ids taken during the warm-up: " + assigned);

        assertEquals(4, result.rounds());
        assertTrue(result.articlesSeen() >= 1, "the warm-up read the article just stored");
        assertTrue(result.storiesSeen() >= 1, "the article's story was read");
        // Per round: five article lists, the article and its links, two story pages with their first story,
        // and the entity searches.
        assertEquals(4 * (5 + 2 + 2 * 2 + ReadWarmup.ENTITY_QUERIES.size()), result.reads());
    }

    @Test
    void ranAtStartUp() {
        assertTrue(config.warmup().enabled());
        assertTrue(warmup.startFailure().isEmpty(), () -> "the start-up warm-up failed: " + warmup.startFailure().get());
        ReadWarmup.Result atStart = warmup.startResult().orElseThrow();
        assertEquals(config.warmup().rounds(), atStart.rounds());
        assertTrue(atStart.reads() >= atStart.rounds() * (5 + 2 + ReadWarmup.ENTITY_QUERIES.size()),
                "every read path of every round ran: " + atStart.reads());
    }

    @Test
    void searchesAWordOfTheNewestTitle() {
        ArticleSummary article = new ArticleSummary(1, null, "Ein Tag in Baku", "", null, null, null, null, "de", null,
                null, "done", null, 0, 0);
        assertEquals("Baku", ReadWarmup.word(Optional.of(article)));
        assertEquals("news", ReadWarmup.word(Optional.empty()));
    }

    private long nextTransactionId() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
