package dev.herald.server.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.feed.FeedHistoryWalker;
import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history of the server's feeds: RFC 5005 archives of every feed, and filtered feeds paged with a cursor. */
@QuarkusTest
class FeedHistoryTest {

    private static final String BASE = "https://news.example.org";
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

    @BeforeEach
    void startEmpty() {
        TestArticles.deleteAll();
    }

    /** Posts {@code count} articles an hour apart, ids {@code a000…}; every other one also tagged "Even". */
    private static List<String> postNewestFirst(int count) {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String id = String.format("a%03d", n);
            String[] tags = n % 2 == 0 ? new String[] {"History", "Even"} : new String[] {"History"};
            TestArticles.postAt(FIRST.plusSeconds(3600L * n).toString(), id, "Story " + n, tags);
            ids.add(0, id);
        }
        return ids;
    }

    private static String fetch(String url) {
        return given().get(url.substring(BASE.length())).then().statusCode(200).extract().asString();
    }

    private static List<String> shortIds(List<FeedHistoryWalker.Visited> walk) {
        return FeedHistoryWalker.ids(walk).stream().map(id -> id.substring(id.lastIndexOf(':') + 1)).toList();
    }

    @Test
    void aReaderWalkingBackFromEachFeedGetsEveryArticleOnceNewestToOldest() throws Exception {
        List<String> all = postNewestFirst(130);
        List<String> even = all.stream().filter(id -> Integer.parseInt(id.substring(1)) % 2 == 0).toList();
        for (String format : List.of("feed.xml", "atom.xml", "feed.json")) {
            List<FeedHistoryWalker.Visited> walk = FeedHistoryWalker.walk(BASE + "/" + format, "prev-archive",
                    FeedHistoryTest::fetch);
            assertEquals(all, shortIds(walk), format);
            // 50 current, then archives of 50 from the oldest: page 2 (30), page 1 (50)
            assertEquals(List.of(BASE + "/" + format, BASE + "/archives/2/" + format, BASE + "/archives/1/" + format),
                    walk.stream().map(FeedHistoryWalker.Visited::url).toList());
            assertEquals(List.of(false, true, true), walk.stream().map(FeedHistoryWalker.Visited::archive).toList());

            List<FeedHistoryWalker.Visited> tagWalk = FeedHistoryWalker.walk(BASE + "/tags/even/" + format, "prev-archive",
                    FeedHistoryTest::fetch);
            assertEquals(even, shortIds(tagWalk), "tags/even/" + format);
        }
    }

    @Test
    void aFullArchiveDocumentIsCachedForADayAndKeepsItsEtagWhenArticlesArrive() {
        postNewestFirst(101);
        Response full = given().get("/archives/1/atom.xml");
        full.then().statusCode(200).header("Cache-Control", "public, max-age=86400")
                .header("Content-Type", "application/atom+xml; charset=utf-8")
                .header("Last-Modified", "Wed, 03 Jan 2024 01:00:00 GMT");
        assertTrue(full.headers().getValues("Link").contains("<" + BASE + "/archives/1/atom.xml>; rel=\"self\""));
        Response newest = given().get("/archives/2/atom.xml");
        newest.then().statusCode(200).header("Cache-Control", "public, max-age=300");

        TestArticles.postAt("2025-01-01T00:00:00Z", "arrival", "Arrival", "History");
        given().header("If-None-Match", full.header("ETag")).get("/archives/1/atom.xml").then().statusCode(304);
        Response grown = given().get("/archives/2/atom.xml");
        assertNotEquals(newest.header("ETag"), grown.header("ETag"));
        assertTrue(grown.asString().contains(":a051</id>"), "the article pushed out of the current feed");
    }

    @Test
    void archivesThatDoNotExistAre404Problems() {
        postNewestFirst(60);
        given().get("/archives/1/feed.json").then().statusCode(200);
        for (String path : List.of("/archives/2/feed.json", "/archives/0/feed.xml", "/archives/01/atom.xml",
                "/archives/x/atom.xml", "/tags/even/archives/1/feed.xml", "/tags/nothing/archives/1/atom.xml")) {
            given().get(path).then().statusCode(404).header("Content-Type", "application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    @Test
    void aPagedFilteredFeedFollowedToItsEndWhileArticlesArriveRepeatsNoneAndMissesNone() throws Exception {
        List<String> even = postNewestFirst(95).stream().filter(id -> Integer.parseInt(id.substring(1)) % 2 == 0).toList();
        int[] arrivals = {0};
        for (String format : List.of("feed.xml", "atom.xml", "feed.json")) {
            List<FeedHistoryWalker.Visited> walk = FeedHistoryWalker.walk(BASE + "/" + format + "?tag=even&limit=7", "next",
                    url -> {
                        // a newer article arrives before every page is fetched
                        arrivals[0]++;
                        TestArticles.postAt(FIRST.plusSeconds(86_400L * 365 + arrivals[0]).toString(), "new" + arrivals[0],
                                "New " + arrivals[0], "Even");
                        return fetch(url);
                    });
            List<String> ids = shortIds(walk);
            assertEquals(ids.size(), new HashSet<>(ids).size(), format + ": an article came twice: " + ids);
            assertTrue(Set.copyOf(ids).containsAll(even), format + " missed some of " + even + ": " + ids);
            assertTrue(walk.size() >= even.size() / 7 + 1, format + ": " + walk.size() + " pages");
            assertTrue(walk.get(1).url().contains("cursor="), walk.get(1).url());
        }
    }

    @Test
    void aCursorTheServerDidNotMakeIsA400Problem() {
        given().get("/feed.json?tag=even&cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .header("Content-Type", "application/problem+json")
                .body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", containsString("bm90LWEtY3Vyc29y"));
    }
}
