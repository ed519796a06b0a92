package dev.herald.server.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write empties only the cached feeds it can change: another tag's feed stays cached, and after
 * every write of a random sequence each feed shows exactly the articles it should.
 */
@QuarkusTest
@TestProfile(FeedCacheScopeTest.OwnStore.class)
class FeedCacheScopeTest {

    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-cache-scope;DB_CLOSE_DELAY=-1");
        }
    }

    private static final List<String> TAGS = List.of("alpha", "beta", "gamma");

    @BeforeEach
    void emptyStore() {
        TestArticles.deleteAll();
    }

    @Test
    void aWriteToOneTagLeavesAnotherTagsFeedCached() {
        TestArticles.post("in-beta", "In beta", "Beta");
        given().get("/tags/beta/atom.xml").then().statusCode(200);
        given().get("/tags/alpha/atom.xml").then().statusCode(200);
        double renders = FeedRenders.count();

        TestArticles.post("in-alpha", "In alpha", "Alpha");
        given().get("/tags/beta/atom.xml").then().statusCode(200);
        assertEquals(renders, FeedRenders.count(), "the beta feed was served from the cache");
        assertTrue(given().get("/tags/alpha/atom.xml").asString().contains("In alpha"), "the alpha feed shows the write");
        assertTrue(given().get("/atom.xml").asString().contains("In alpha"), "so does the main feed");
        assertEquals(renders + 2, FeedRenders.count(), "both were rendered again");

        // moving an article from beta to alpha changes the feeds of both tags
        given().header(TestArticles.TOKEN).contentType("application/json")
                .body("{\"id\": \"in-beta\", \"title\": \"Moved\", \"published\": \"2024-11-28T09:30:00Z\", \"tags\": [\"Alpha\"]}")
                .put("/api/articles/in-beta").then().statusCode(200);
        assertEquals(Set.of(), ids("/tags/beta/feed.json"));
        assertEquals(Set.of("in-alpha", "in-beta"), ids("/tags/alpha/feed.json"));
    }

    @Test
    void everyFeedShowsExactlyItsArticlesAfterEachOfARandomSequenceOfWrites() {
        Random random = new Random(20261202);
        Map<String, String> tagOf = new HashMap<>();
        List<String> feeds = new ArrayList<>(List.of("/feed.json", "/feed.json?any=alpha,gamma"));
        TAGS.forEach(tag -> feeds.add("/tags/" + tag + "/feed.json"));
        for (int step = 0; step < 40; step++) {
            // every feed cached before the write, so a stale one would show
            feeds.forEach(this::ids);
            String id = "story-" + random.nextInt(6);
            if (tagOf.containsKey(id) && random.nextInt(3) == 0) {
                given().header(TestArticles.TOKEN).delete("/api/articles/" + id).then().statusCode(204);
                tagOf.remove(id);
            } else {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                given().header(TestArticles.TOKEN).contentType("application/json")
                        .body("{\"id\": \"" + id + "\", \"title\": \"" + id + " in " + tag + "\", \"published\": \"2024-11-"
                                + (10 + random.nextInt(18)) + "T09:30:00Z\", \"tags\": [\"" + tag + "\"]}")
                        .put("/api/articles/" + id).then().statusCode(tagOf.containsKey(id) ? 200 : 201);
                tagOf.put(id, tag);
            }
            assertEquals(new TreeSet<>(tagOf.keySet()), ids("/feed.json"), "step " + step);
            for (String tag : TAGS) {
                Set<String> expected = new TreeSet<>();
                tagOf.forEach((article, its) -> {
                    if (its.equals(tag)) {
                        expected.add(article);
                    }
                });
                assertEquals(expected, ids("/tags/" + tag + "/feed.json"), "step " + step + ", tag " + tag);
            }
            Set<String> filtered = new TreeSet<>();
            tagOf.forEach((article, its) -> {
                if (!its.equals("beta")) {
                    filtered.add(article);
                }
            });
            assertEquals(filtered, ids("/feed.json?any=alpha,gamma"), "step " + step + ", filtered");
        }
    }

    private Set<String> ids(String feed) {
        List<String> urls = given().get(feed).then().statusCode(200).extract().jsonPath().getList("items.url", String.class);
        Set<String> ids = new TreeSet<>();
        urls.forEach(url -> ids.add(url.substring(url.lastIndexOf('/') + 1)));
        return ids;
    }
}
