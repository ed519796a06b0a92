package dev.herald.server.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.StubHub;
import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts, scheduled and expiring articles on the live server, as a feed reader and a hub see them. */
@QuarkusTest
@TestProfile(PublishingInTimeTest.WithHub.class)
class PublishingInTimeTest {

    /** When the stub hub received each publish ping: the form and the instant. */
    static final ConcurrentLinkedQueue<Map.Entry<String, Instant>> PINGS = new ConcurrentLinkedQueue<>();
    static String hubUrl;

    public static class WithHub implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (hubUrl == null) {
                hubUrl = startHub();
            }
            return Map.of("herald.websub-hub", hubUrl,
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-publishing;DB_CLOSE_DELAY=-1");
        }
    }

    @BeforeEach
    void emptyStore() {
        TestArticles.deleteAll();
    }

    @Test
    void aScheduledArticleAppearsAtItsInstantAndAnExpiringOneLeavesAtItsOwn() throws InterruptedException {
        Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        post("{\"id\": \"embargoed\", \"title\": \"Embargoed\", \"published\": \"" + due + "\", \"tags\": [\"Harbour\"]}");
        post("{\"id\": \"leaving\", \"title\": \"Leaving\", \"published\": \"2024-11-28T09:30:00Z\","
                + " \"expires\": \"" + due + "\"}");
        given().get("/articles/embargoed").then().statusCode(404);
        PINGS.clear();

        Response first = given().get("/feed.xml");
        String etag = first.header("ETag");
        assertFalse(first.asString().contains("Embargoed"));
        assertTrue(first.asString().contains("Leaving"));
        Response changed = null;
        while (Instant.now().isBefore(due.plusSeconds(2))) {
            Response polled = given().header("If-None-Match", etag).get("/feed.xml");
            if (Instant.now().isBefore(due)) {
                // before the instant a poll may only be told nothing changed
                assertEquals(304, polled.statusCode(), "a poll before " + due);
            } else if (polled.statusCode() == 200) {
                changed = polled;
                assertTrue(Instant.now().isBefore(due.plusSeconds(1)), "shown within a second of " + due);
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(changed != null, "the feed changed after " + due);
        assertTrue(changed.asString().contains("Embargoed"));
        assertFalse(changed.asString().contains("Leaving"));
        assertEquals(due.toEpochMilli(), Instant.from(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .parse(changed.header("Last-Modified"))).toEpochMilli());
        given().get("/articles/embargoed").then().statusCode(200);
        given().get("/articles/leaving").then().statusCode(410).contentType("application/problem+json");
        given().header("Accept", "text/html").get("/articles/leaving").then().statusCode(410).contentType("text/html")
                .body(containsString("<h1>Article withdrawn</h1>"));

        // the hub hears of the main feed and the article's tag within a second of the instant
        Instant deadline = Instant.now().plusSeconds(2);
        while (Instant.now().isBefore(deadline) && pingOf("/tags/harbour/atom.xml") == null) {
            Thread.sleep(50);
        }
        for (String path : new String[] {"/feed.xml", "/tags/harbour/atom.xml"}) {
            Instant heard = pingOf(path);
            assertTrue(heard != null, "pinged for " + path);
            assertTrue(!heard.isBefore(due) && heard.isBefore(due.plusSeconds(1)), path + " pinged at " + heard);
        }
    }

    @Test
    void draftsAreStoredAndShownOnlyToATokenHolder() {
        post("{\"id\": \"draft-story\", \"title\": \"Draft story\", \"published\": \"2024-11-28\", \"draft\": true,"
                + " \"tags\": [\"Secret Plans\"]}");
        given().get("/api/articles").then().statusCode(200).body("id", not(hasItem("draft-story")));
        given().get("/api/articles?drafts=true").then().statusCode(401);
        given().header(TestArticles.TOKEN).get("/api/articles?drafts=true").then().statusCode(200)
                .body("id", hasItem("draft-story"));
        given().header(TestArticles.TOKEN).get("/api/articles/draft-story").then().statusCode(200)
                .body("draft", equalTo(true));
        given().get("/api/articles/draft-story").then().statusCode(404);
        given().get("/api/tags").then().body("slug", not(hasItem("secret-plans")));
        given().get("/tags/secret-plans/").then().statusCode(404);
        assertFalse(given().get("/feed.json").asString().contains("Draft story"));
        assertFalse(given().get("/sitemap.xml").asString().contains("draft-story"));

        // the same answer as for an id no article has: an embargo leaks through no difference
        String unknown = given().get("/articles/no-such-story").then().statusCode(404).extract().asString();
        String draft = given().get("/articles/draft-story").then().statusCode(404).extract().asString();
        assertEquals(unknown.replace("no-such-story", "draft-story"), draft);
    }

    private static void post(String json) {
        given().header(TestArticles.TOKEN).contentType("application/json").body(json).post("/api/articles")
                .then().statusCode(201);
    }

    private static Instant pingOf(String path) {
        for (Map.Entry<String, Instant> ping : PINGS) {
            if (ping.getKey().endsWith("hub.url=https://news.example.org" + path)) {
                return ping.getValue();
            }
        }
        return null;
    }

    private static String startHub() {
        return StubHub.start(form -> {
            PINGS.add(Map.entry(URLDecoder.decode(form, StandardCharsets.UTF_8), Instant.now()));
            return 204;
        });
    }
}
