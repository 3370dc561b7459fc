package org.newsgraph.warmup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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

/**
 * The start-up read warm-up reads every read path over a store with an article, writes nothing, searches names the
 * store holds, and stops within its time budget.
 */
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
        assertFalse(result.budgetSpent());
        assertTrue(result.articlesSeen() >= 1, "the warm-up read the article just stored");
        assertTrue(result.storiesSeen() >= 1, "the article's story was read");
        // Per round: five article lists, the article and its links, two story pages with their first story,
        // and the entity searches.
        assertEquals(4 * (5 + 2 + 2 * 2 + ReadWarmup.ENTITY_QUERIES.size()), result.reads());
    }

    @Test
    void entitySearchesFindWhatTheStoreHolds() throws Exception {
        // An alias in Latin script: the warm-up must search a name that has candidates to rank (the fixed names
        // find none, and left the ranking's first use to the first request).
        long entity;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    insert into entity (entity_key, kind, name) values ('warmup-test:' || gen_random_uuid(), 'LOC', 'Zelvoria')
                    returning id""")) {
                rs.next();
                entity = rs.getLong(1);
            }
            st.execute("insert into entity_alias (entity_id, name, language, script, normalized, translit_key, origin) "
                    + "values (" + entity + ", 'Zelvoria', 'en', 'Latn', 'zelvoria', 'slfr', 'user')");
        }
        try {
            List<String> queries = warmup.entityQueries();
            assertEquals(ReadWarmup.ENTITY_SCRIPTS.size(), queries.size());
            assertTrue(!queries.get(0).equals(ReadWarmup.ENTITY_QUERIES.get(0)), "a Latin-script alias of the store: " + queries);
            ReadWarmup.Result result = warmup.run(1, 1);
            assertTrue(result.entitiesFound() >= 1, "the searches found entities: " + result);
            assertTrue(result.namesRomanized() >= 1, "the store's alias names were romanized: " + result);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("delete from entity where id = " + entity);
            }
        }
    }

    @Test
    void aSpentBudgetStopsTheRounds() {
        ReadWarmup.Result none = warmup.run(3, 2, Duration.ZERO);
        assertTrue(none.budgetSpent());
        assertEquals(0, none.rounds(), "no round starts once the budget is spent");
        assertEquals(3, none.roundsPlanned());
        assertEquals(0, none.reads());
        assertEquals(0, none.namesRomanized());

        ReadWarmup.Result all = warmup.run(3, 2, Duration.ofDays(365_000_000L)); // beyond a long's nanoseconds
        assertFalse(all.budgetSpent());
        assertEquals(3, all.rounds());
    }

    @Test
    void ranAtStartUp() {
        assertTrue(config.warmup().enabled());
        assertTrue(warmup.startFailure().isEmpty(), () -> "the start-up warm-up failed: " + warmup.startFailure().get());
        ReadWarmup.Result atStart = warmup.startResult().orElseThrow();
        assertEquals(config.warmup().rounds(), atStart.roundsPlanned());
        // A start-up slower than the budget may stop early; otherwise every round ran to its end.
        if (!atStart.budgetSpent()) {
            assertEquals(config.warmup().rounds(), atStart.rounds());
            assertTrue(atStart.reads() >= atStart.rounds() * (5 + ReadWarmup.ENTITY_QUERIES.size()),
                    "every read path of every round ran: " + atStart.reads());
        }
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
