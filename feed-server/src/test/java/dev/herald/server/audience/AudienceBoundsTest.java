package dev.herald.server.audience;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Any query string makes a feed of its own: a client varying one must not make the counts grow
 * without bound. Past {@code herald.audience.max-feeds} feeds a day, requests for other feeds are
 * answered and not counted, and the stats show that many feeds at most, the most followed.
 */
@QuarkusTest
@TestProfile(AudienceBoundsTest.ThreeFeeds.class)
class AudienceBoundsTest {

    public static class ThreeFeeds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-audience-bounds;DB_CLOSE_DELAY=-1",
                    "herald.audience.flush-interval", "PT1H", "herald.audience.max-feeds", "3");
        }
    }

    private static String feedly(int subscribers) {
        return "Feedly/1.0 (+http://www.feedly.com/fetcher.html; " + subscribers + " subscribers; )";
    }

    private static void poll(String path, int subscribers) {
        given().header("User-Agent", feedly(subscribers)).get(path).then().statusCode(200);
    }

    @Test
    void feedsPastTheBoundAreAnsweredNotCountedAndTheStatsShowTheMostFollowed() {
        poll("/feed.xml", 10);
        poll("/feed.xml?any=a", 5);
        poll("/feed.xml?any=b", 4);
        poll("/feed.xml?any=c", 3);
        // the fourth and fifth feeds of the day besides the main one: served, not counted
        poll("/feed.xml?any=d", 50);
        poll("/feed.xml?since=2020-01-01", 60);
        // a feed already counted still is, and so is the main one
        poll("/atom.xml?any=c", 7);
        poll("/atom.xml", 1);

        JsonPath stats = given().header(TestArticles.TOKEN).get("/api/stats").then().statusCode(200).extract().jsonPath();
        // four feeds counted; the three most followed shown, each with its thirty days
        assertEquals(List.of("/", "/?any=c", "/?any=a"), stats.getList("feeds.feed"));
        assertEquals(List.of(11, 10, 5), stats.getList("feeds.subscribers"));
        assertEquals(List.of(30, 30, 30), stats.getList("feeds.collect { it.days.size() }"));
    }
}
