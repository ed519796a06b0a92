package dev.herald.server.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reader walking a feed's whole history does not push the current feeds out of the cache: the
 * archive documents, here far more bytes than the current feeds' budget, are cached apart.
 */
@QuarkusTest
@TestProfile(FeedHistoryCacheTest.TenAFeed.class)
class FeedHistoryCacheTest {

    public static class TenAFeed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-history-cache;DB_CLOSE_DELAY=-1",
                    "herald.feed-limit", "10");
        }
    }

    private static final int ARTICLES = 100;

    @Test
    void walkingTheArchivesLeavesTheCurrentFeedCached() {
        TestArticles.deleteAll();
        // 400 KB of text an article: each archive document of ten is some 4 MB, and the 27 of them
        // in three formats over 100 MB, more than the 64 MB the current feeds may take
        String paragraph = "Words of a long report on the city's budget and what it means for its schools. ".repeat(50);
        String body = (paragraph + "\\n\\n").repeat(100);
        for (int i = 0; i < ARTICLES; i++) {
            String id = "report-" + i;
            given().header(TestArticles.TOKEN).contentType("application/json")
                    .body("{\"id\": \"" + id + "\", \"title\": \"Report " + i + "\", \"published\": \"2024-11-"
                            + String.format("%02d", 1 + i / 10) + "T" + String.format("%02d", i % 10) + ":00:00Z\","
                            + " \"body\": \"" + body + "\"}")
                    .post("/api/articles").then().statusCode(201);
        }
        given().get("/feed.xml").then().statusCode(200);
        double renders = FeedRenders.count();
        given().get("/feed.xml").then().statusCode(200);
        assertEquals(renders, FeedRenders.count(), "the current feed is cached");

        long walked = 0;
        for (int n = 1; n <= ARTICLES / 10 - 1; n++) {
            for (String format : new String[] {"feed.xml", "atom.xml", "feed.json"}) {
                walked += given().get("/archives/" + n + "/" + format).then().statusCode(200).extract().asByteArray().length;
            }
        }
        assertTrue(walked > 100L << 20, "the walk must outgrow the current feeds' budget: " + walked + " bytes");

        given().get("/feed.xml").then().statusCode(200);
        assertEquals(renders + 27, FeedRenders.count(), "the archives were rendered, and the current feed is still cached");
    }
}
