package org.newsgraph.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The live feed over real HTTP: a subscriber sees a report and its translation stored, analyzed, linked to
 * each other and put into one story, in that order; a client resuming with Last-Event-ID gets exactly the
 * later events; filters keep what they name. The articles are written for this test (an English report and
 * its Persian version sharing names, numbers and a date in two calendars).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedResourceTest {
    static final String EN_TITLE = "Floods kill 14 in Mazandaran province";
    static final String EN_BODY = """
            Heavy rain caused floods in Mazandaran province in northern Iran on 5 October 2023, killing 14 \
            people and injuring 236, the Red Crescent said. The floods hit Sari and Babol hardest. Governor \
            Mahmoud Hosseinipour said 37 rescue teams were sent to Sari, Babol and Amol, and 2,700 blankets \
            were handed out. Officials said 815 homes were damaged in Mazandaran.""";
    static final String FA_TITLE = "سیل در استان مازندران ۱۴ کشته بر جای گذاشت";
    static final String FA_BODY = """
            باران شدید روز ۱۳ مهر ۱۴۰۲ در استان مازندران در شمال ایران سیل به راه انداخت و به گفته هلال احمر \
            ۱۴ نفر کشته و ۲۳۶ نفر مصدوم شدند. سیل بیشترین خسارت را به ساری و بابل زد. محمود حسینی‌پور استاندار \
            گفت ۳۷ تیم امداد به ساری، بابل و آمل اعزام شد و ۲۷۰۰ پتو توزیع شد. مسئولان گفتند ۸۱۵ خانه در \
            مازندران آسیب دید.""";

    @TestHTTPResource("events")
    URI events;

    static long en;
    static long fa;
    static long enCreatedEvent;
    static long faAnalyzedEvent;
    static List<SseClient.Event> faEventsAfterAnalysis = new ArrayList<>();

    static long post(String title, String body, String published) {
        return given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "publishedAt", published))
                .post("/articles").then().statusCode(anyOf(equalTo(201), equalTo(200)))
                .extract().jsonPath().getLong("id");
    }

    static boolean about(SseClient.Event e, long article) {
        Number id = e.data().get("articleId");
        return id != null && id.longValue() == article;
    }

    static boolean is(SseClient.Event e, String type, long article) {
        return e.name().equals(type) && about(e, article);
    }

    @Test
    @Order(1)
    void aSubscriberReceivesAnArticlesEventsInOrder() throws Exception {
        List<SseClient.Event> seen = new ArrayList<>();
        try (SseClient feed = SseClient.connect(events, null)) {
            assertEquals(200, feed.status);
            assertEquals("subscribed", feed.next().comment(), "the stream opens with a comment");
            en = post(EN_TITLE, EN_BODY, "2023-10-05T08:00:00Z");
            fa = post(FA_TITLE, FA_BODY, "2023-10-05T11:30:00Z");
            SseClient.Event e;
            do {
                e = feed.nextEvent();
                seen.add(e);
            } while (!is(e, FeedEvent.ARTICLE_LINKED, fa));
        }
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).longId() > seen.get(i - 1).longId(), "ids increase: " + seen);
        }
        for (SseClient.Event e : seen) {
            assertEquals(e.longId(), e.data().getLong("id"), "the SSE id is the event's id");
            assertEquals(e.name(), e.data().getString("type"));
        }
        List<String> enTypes = seen.stream().filter(e -> about(e, en)).map(SseClient.Event::name).toList();
        List<String> faTypes = seen.stream().filter(e -> about(e, fa)).map(SseClient.Event::name).toList();
        System.out.println("en events: " + enTypes + "\nfa events: " + faTypes);
        assertEquals(List.of(FeedEvent.ARTICLE_CREATED, FeedEvent.ARTICLE_ANALYZED), enTypes.subList(0, 2));
        assertEquals(FeedEvent.ARTICLE_LINKED, enTypes.get(enTypes.size() - 1));
        assertEquals(List.of(FeedEvent.ARTICLE_CREATED, FeedEvent.ARTICLE_ANALYZED), faTypes.subList(0, 2));
        assertEquals(FeedEvent.ARTICLE_LINKED, faTypes.get(faTypes.size() - 1));

        SseClient.Event created = seen.stream().filter(e -> is(e, FeedEvent.ARTICLE_CREATED, en)).findFirst().orElseThrow();
        assertEquals(EN_TITLE, created.data().getString("payload.title"));
        enCreatedEvent = created.longId();
        SseClient.Event analyzed = seen.stream().filter(e -> is(e, FeedEvent.ARTICLE_ANALYZED, fa)).findFirst().orElseThrow();
        assertEquals("fa", analyzed.data().getString("language"));
        faAnalyzedEvent = analyzed.longId();

        int link = indexOf(seen, e -> is(e, FeedEvent.XREF_CREATED, fa) && e.data().getLong("payload.otherArticleId") == en);
        int story = indexOf(seen, e -> is(e, FeedEvent.STORY_UPDATED, fa));
        int linked = indexOf(seen, e -> is(e, FeedEvent.ARTICLE_LINKED, fa));
        assertTrue(link > seen.indexOf(analyzed) && story > link && linked > story,
                "the translation's link, then its story, then its linked state: " + faTypes);
        SseClient.Event storyEvent = seen.get(story);
        assertTrue(storyEvent.data().getInt("payload.articleCount") >= 2);
        assertEquals(storyEvent.data().getLong("storyId"), seen.get(linked).data().getLong("storyId"));
        faEventsAfterAnalysis = seen.stream().filter(e -> about(e, fa) && e.longId() > faAnalyzedEvent).toList();
    }

    @Test
    @Order(2)
    void resumingWithLastEventIdReplaysExactlyTheLaterEvents() throws Exception {
        List<SseClient.Event> replayed = new ArrayList<>();
        try (SseClient feed = SseClient.connect(events, Long.toString(faAnalyzedEvent))) {
            SseClient.Event e;
            do {
                e = feed.nextEvent();
                replayed.add(e);
            } while (!is(e, FeedEvent.ARTICLE_LINKED, fa));
        }
        assertTrue(replayed.stream().allMatch(e -> e.longId() > faAnalyzedEvent), "only events after Last-Event-ID");
        assertEquals(faEventsAfterAnalysis.stream().map(SseClient.Event::id).toList(),
                replayed.stream().filter(e -> about(e, fa)).map(SseClient.Event::id).toList(),
                "the same events, with the same ids, as the live subscriber got");
    }

    @Test
    @Order(3)
    void filtersKeepOnlyEventsAboutTheirLanguageOrEntity() throws Exception {
        long entity;
        try (SseClient feed = SseClient.connect(URI.create(events + "?language=fa"), Long.toString(enCreatedEvent - 1))) {
            SseClient.Event first = feed.nextMatching(e -> about(e, fa) || about(e, en));
            assertTrue(is(first, FeedEvent.ARTICLE_ANALYZED, fa), "the English article's events are left out: " + first);
            List<Number> entities = first.data().getList("entityIds");
            assertTrue(!entities.isEmpty(), "the Persian article mentions entities");
            entity = entities.get(0).longValue();
            SseClient.Event e = first;
            while (!is(e, FeedEvent.ARTICLE_LINKED, fa)) {
                e = feed.nextEvent();
                assertEquals("fa", e.data().getString("language"), "only Persian: " + e);
            }
        }
        try (SseClient feed = SseClient.connect(URI.create(events + "?entity=" + entity), Long.toString(enCreatedEvent - 1))) {
            SseClient.Event e;
            do {
                e = feed.nextEvent();
                assertTrue(e.data().getList("entityIds").stream().anyMatch(id -> ((Number) id).longValue() == entity),
                        "every event mentions entity " + entity + ": " + e);
            } while (!is(e, FeedEvent.ARTICLE_LINKED, fa));
        }
    }

    @Test
    @Order(4)
    void anIdleStreamCarriesKeepAliveComments() throws Exception {
        try (SseClient feed = SseClient.connect(URI.create(events + "?language=xx"), null)) {
            assertEquals("subscribed", feed.next().comment());
            assertEquals("keep-alive", feed.next().comment());
        }
    }

    @Test
    @Order(5)
    void aMalformedLastEventIdIsABadRequest() {
        given().header("Last-Event-ID", "yesterday").get("/events").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/events?entity=abc").then().statusCode(400);
    }

    private static int indexOf(List<SseClient.Event> events, java.util.function.Predicate<SseClient.Event> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in " + events.stream().map(e -> e.name() + "@" + e.data().get("articleId")).toList());
    }
}
