package org.newsgraph.entity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.entity.EntityRepository.StoredMention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Merges sent at the same time over entities that share articles: each merge moves mentions and queues the
 * same articles for analysis again, while the workers analyze them. None may fail (a lost deadlock was a 500).
 */
@QuarkusTest
class ConcurrentMergesTest {
    private static final int ENTITIES = 16;
    private static final int ARTICLES = 24;

    @Inject
    EntityRepository entities;
    @Inject
    EntityManager em;

    @Test
    void entityRowsReadTheQidAndTheMergeTargetEachFromItsOwnColumn() {
        String tag = EntityResourceTest.tag();
        long withQid = QuarkusTransaction.requiringNew().call(() ->
                entities.resolve("test:q" + tag, EntityKind.PER, "Qid" + tag, "Q" + tag.hashCode(), null).id());
        long merged = QuarkusTransaction.requiringNew().call(() -> {
            long id = entities.resolve("test:m" + tag, EntityKind.PER, "Merged" + tag, null, null).id();
            em.createNativeQuery("update entity set merged_into = :target where id = :id")
                    .setParameter("target", withQid).setParameter("id", id).executeUpdate();
            return id;
        });
        Map<Long, EntityRepository.EntityRow> rows = entities.findAll(List.of(withQid, merged));
        assertEquals(null, rows.get(withQid).mergedInto());
        assertEquals(withQid, rows.get(merged).mergedInto());
        assertEquals(null, rows.get(merged).qid());
    }

    @Test
    void simultaneousMergesOverSharedArticlesAllSucceed() throws Exception {
        String tag = EntityResourceTest.tag();
        List<Long> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(EntityResourceTest.post("Merge test " + tag + " " + i, "Text " + i + " of merge test " + tag + "."));
        }
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> created = new ArrayList<>();
            for (int e = 0; e < ENTITIES; e++) {
                String name = "Merge" + tag + "x" + e;
                created.add(entities.resolve("test:" + name, EntityKind.PER, name, null, null).id());
            }
            for (long article : articles) {
                List<StoredMention> mentions = new ArrayList<>();
                for (int e = 0; e < ENTITIES; e++) {
                    mentions.add(new StoredMention(created.get(e), 0, 4, "Text", "text", "PER", 0.9, "test"));
                }
                entities.replaceMentions(article, mentions);
            }
            return created;
        });

        ExecutorService pool = Executors.newFixedThreadPool(ENTITIES / 2);
        try {
            // Rounds of pairwise merges: 8 at once, then 4, 2, 1; all entities end in the first.
            for (int step = 1; step < ENTITIES; step *= 2) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int into = 0; into + step < ENTITIES; into += 2 * step) {
                    long target = ids.get(into);
                    long other = ids.get(into + step);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return merge(target, other);
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertEquals(200, answer.get(), "every merge of round " + step + " succeeds");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (long id : ids) {
            assertEquals(ids.get(0).intValue(), canonicalOf(id));
        }
    }

    /**
     * Two merges into one entity at once, one of them naming it by a redirect (an entity merged into it before),
     * with sources that share aliases listed in opposite orders: both copy aliases into the same entity.
     */
    @Test
    void mergesIntoOneEntityThroughARedirectAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String tag = EntityResourceTest.tag();
                List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
                    List<Long> created = new ArrayList<>();
                    for (int e = 0; e < 4; e++) {
                        String name = "Redirect" + tag + "x" + e;
                        created.add(entities.resolve("test:" + name, EntityKind.PER, name, null, null).id());
                    }
                    for (int a = 0; a < 40; a++) {
                        String forward = "alias " + tag + " " + a;
                        String backward = "alias " + tag + " " + (39 - a);
                        entities.addAlias(created.get(2), forward, "en", "Latn", forward, null, "user");
                        entities.addAlias(created.get(3), backward, "en", "Latn", backward, null, "user");
                    }
                    return created;
                });
                assertEquals(200, merge(ids.get(0), ids.get(1)));
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> direct = pool.submit(() -> {
                    start.await();
                    return merge(ids.get(0), ids.get(2));
                });
                Future<Integer> throughRedirect = pool.submit(() -> {
                    start.await();
                    return merge(ids.get(1), ids.get(3));
                });
                start.countDown();
                assertEquals(200, direct.get(), "the merge naming the entity itself succeeds");
                assertEquals(200, throughRedirect.get(), "the merge naming it by a redirect succeeds");
                for (long id : ids) {
                    assertEquals(ids.get(0).intValue(), canonicalOf(id));
                }
                assertEquals(40L, given().get("/entities/" + ids.get(0)).then().statusCode(200).extract().jsonPath()
                        .getList("aliases.name", String.class).stream().filter(n -> n.startsWith("alias " + tag)).count(),
                        "the shared aliases, once each");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int merge(long into, long other) {
        return given().header("Authorization", EntityResourceTest.KEY).contentType(ContentType.JSON)
                .body(Map.of("entityId", other)).post("/entities/" + into + "/merge").statusCode();
    }

    private static int canonicalOf(long id) {
        return given().get("/entities/" + id).then().statusCode(200).extract().jsonPath().getInt("id");
    }
}
