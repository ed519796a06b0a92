package dev.herald.server.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedResourceTest {


    @BeforeEach
    void startEmpty() {
        TestArticles.deleteAll();
    }

    @Test
    void servesEachFormatWithItsContentTypeAndCacheHeaders() {
        // a date later than any other test's, so the feeds show this article first
        TestArticles.postAt("2026-01-01T09:30:00Z", "nato-summit", "NATO summit", "NATO", "Europe");
        String written = given().get("/feed.xml").header("Last-Modified");
        // the write is later than the article's date: Last-Modified is the write's, a moment ago
        Instant lastModified = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(written));
        assertTrue(lastModified.isAfter(Instant.now().minusSeconds(60)), written);
        for (List<String> pathAndType : List.of(
                List.of("/feed.xml", "application/rss+xml; charset=utf-8", "rss.channel.item.title"),
                List.of("/atom.xml", "application/atom+xml; charset=utf-8", "feed.entry.title"),
                List.of("/feed.json", "application/feed+json; charset=utf-8", "items[0].title"))) {
            List<String> links = given().get(pathAndType.get(0)).then().extract().headers().getValues("Link");
            assertTrue(links.contains("<https://news.example.org" + pathAndType.get(0) + ">; rel=\"self\""), links.toString());
            assertTrue(links.contains("<https://news.example.org/websub>; rel=\"hub\""), "the built-in hub: " + links);
            given().get(pathAndType.get(0)).then()
                    .statusCode(200)
                    .header("Content-Type", pathAndType.get(1))
                    .header("Cache-Control", "public, max-age=300")
                    .header("Vary", "Accept-Encoding")
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Expose-Headers", "ETag, Link")
                    .header("ETag", not(nullValue()))
                    .header("Last-Modified", written)
                    .body(pathAndType.get(2), equalTo("NATO summit"));
        }
    }

    @Test
    void answersConditionalRequestsWith304UntilARelevantWrite() {
        TestArticles.post("nato-summit", "NATO summit", "NATO");
        TestArticles.post("grain-deal", "Grain deal", "Russia");
        String natoTag = given().get("/tags/nato/feed.xml").header("ETag");
        String russiaTag = given().get("/tags/russia/feed.xml").header("ETag");
        given().header("If-None-Match", natoTag).header("Origin", "https://reader.example").get("/tags/nato/feed.xml")
                .then().statusCode(304).header("ETag", natoTag).header("Access-Control-Allow-Origin", "*")
                .body(equalTo(""));

        TestArticles.post("nato-drills", "NATO drills", "NATO");
        Response changed = given().header("If-None-Match", natoTag).get("/tags/nato/feed.xml");
        assertEquals(200, changed.statusCode());
        assertNotEquals(natoTag, changed.header("ETag"));
        assertEquals(russiaTag, given().get("/tags/russia/feed.xml").header("ETag"));
    }

    @Test
    void answersIfModifiedSince() {
        // a tag no other test uses, so no earlier rendering of this feed exists
        TestArticles.postAt("2025-02-01T09:30:00Z", "conditional", "Conditional", "If Modified Since");
        String path = "/tags/if-modified-since/atom.xml";
        String lastModified = given().get(path).header("Last-Modified");
        Instant earlier = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified)).minusSeconds(1);
        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        given().header("If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(earlier))
                .get(path).then().statusCode(200);
    }

    @Test
    void answersHeadWithHeadersAndNoBody() {
        TestArticles.post("nato-summit", "NATO summit", "NATO");
        given().head("/feed.json").then().statusCode(200)
                .header("Content-Type", "application/feed+json; charset=utf-8")
                .header("ETag", not(nullValue()))
                .body(equalTo(""));
    }

    @Test
    void gzipsWhenAskedWithTheSameEtag() throws java.io.IOException {
        TestArticles.post("nato-summit", "NATO summit", "NATO");
        Response plain = given().get("/feed.xml");
        Response zipped = given().header("Accept-Encoding", "gzip").get("/feed.xml");
        assertEquals("gzip", zipped.header("Content-Encoding"));
        assertEquals(plain.header("ETag"), zipped.header("ETag"));
        byte[] compressed = given().header("Accept-Encoding", "gzip").config(io.restassured.RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/feed.xml").asByteArray();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            assertEquals(plain.asString(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void filtersByAllAnyExcludeAndSince() {
        TestArticles.post("a", "Alpha", "NATO", "Russia");
        TestArticles.post("b", "Beta", "NATO");
        TestArticles.post("c", "Gamma", "Ukraine");
        assertEquals(List.of("Beta"), titles("/feed.json?tag=nato&exclude=russia"));
        assertEquals(List.of("Alpha"), titles("/feed.json?tag=NATO&tag=Russia"));
        assertEquals(List.of("Alpha", "Beta", "Gamma"), titles("/feed.json?any=russia,ukraine,nato"));
        assertEquals(List.of("Alpha"), titles("/tags/russia/feed.json"));
        assertEquals(List.of(), titles("/tags/nowhere/feed.json"));
        assertEquals(List.of("Alpha"), titles("/feed.json?limit=1"));
    }

    @Test
    void reportsEveryBadParameterAsProblemJson() {
        given().get("/feed.xml?limit=abc&since=yesterday").then()
                .statusCode(400)
                .header("Content-Type", "application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("limit", "since")))
                .body("errors[0].message", equalTo("must be a whole number from 1 to 500, was \"abc\""))
                .body("errors[1].message",
                        equalTo("must be a date-time such as 2024-11-28T09:30:00Z or 2024-11-28, was \"yesterday\""));
        given().get("/atom.xml?limit=100000").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a whole number from 1 to 500, was \"100000\""));
        // an offset's + unescaped in the query string arrives as a space
        given().urlEncodingEnabled(false).get("/feed.json?since=2024-11-28T09:30+01:00").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a date-time such as 2024-11-28T09:30:00Z or 2024-11-28,"
                        + " was \"2024-11-28T09:30 01:00\" (write the + of an offset as %2B)"));
        given().get("/feed.json?since=2024-11-28T09:30").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a date-time such as 2024-11-28T09:30:00Z or 2024-11-28,"
                        + " was \"2024-11-28T09:30\" (it has no time zone: add Z for UTC (2024-11-28T09:30Z) or an offset"
                        + " such as +01:00)"));
    }

    @Test
    void aTagPathOfNoLetterOrDigitNamesNoTag() {
        for (String path : List.of("/tags/%21%21/feed.xml", "/tags/%E2%80%AE/atom.xml", "/tags/%21/archives/1/feed.json")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404)
                    .header("Content-Type", "application/problem+json");
        }
    }

    @Test
    void putsTheQueryStringIntoTheSelfLink() {
        TestArticles.post("nato-summit", "NATO summit", "NATO");
        given().get("/atom.xml?tag=nato&limit=5").then().statusCode(200)
                .body("feed.link.find { it.@rel == 'self' }.@href", equalTo("https://news.example.org/atom.xml?tag=nato&limit=5"))
                .body("feed.link.find { it.@rel == 'self' }.@type", equalTo("application/atom+xml"));
    }

    @Test
    void answersACachedFeedExactlyAsARenderedOne() {
        TestArticles.post("nato-summit", "NATO summit", "NATO");
        String etag = given().get("/tags/nato/atom.xml").header("ETag");
        for (Header asked : List.of(new Header("Accept", "*/*"), new Header("Accept-Encoding", "gzip"),
                new Header("If-None-Match", etag))) {
            for (String method : List.of("GET", "HEAD")) {
                // an unchanged article written again: the cache is emptied, the bytes stay the same
                given().header(TestArticles.TOKEN).contentType("application/json")
                        .body(given().get("/api/articles/nato-summit").asString())
                        .put("/api/articles/nato-summit").then().statusCode(200);
                Response rendered = given().header(asked).request(method, "/tags/nato/atom.xml");
                Response cached = given().header(asked).request(method, "/tags/nato/atom.xml");
                String what = method + " with " + asked;
                assertEquals(rendered.statusCode(), cached.statusCode(), what);
                assertEquals(rendered.asString(), cached.asString(), what);
                assertEquals(headers(rendered), headers(cached), what);
                if (rendered.statusCode() == 304) {
                    assertNull(rendered.header("Content-Encoding"), what);
                }
            }
        }
    }

    /** Name: value lines, names in lower case, sorted; Date left out. */
    private static List<String> headers(Response response) {
        return response.headers().asList().stream().filter(header -> !header.getName().equalsIgnoreCase("Date"))
                .map(header -> header.getName().toLowerCase(Locale.ROOT) + ": " + header.getValue())
                .sorted().toList();
    }

    @Test
    void givesTheGzipItsOwnETagAndAnswers304ForEither() {
        TestArticles.post("gzip-story", "Gzip story", "NATO");
        for (String path : List.of("/feed.xml", "/tags/nato/atom.xml")) {
            String plain = uncompressed().get(path).then().statusCode(200).extract().header("ETag");
            Response gzip = given().header("Accept-Encoding", "gzip").get(path);
            assertEquals("gzip", gzip.header("Content-Encoding"));
            assertEquals(plain.substring(0, plain.length() - 1) + "-gzip\"", gzip.header("ETag"));
            // a 304 names no content coding: a cache updating its stored gzip copy's headers from it
            // would otherwise take the copy for plain bytes
            given().header("Accept-Encoding", "gzip").header("If-None-Match", gzip.header("ETag")).get(path).then()
                    .statusCode(304).header("ETag", gzip.header("ETag")).header("Content-Encoding", nullValue());
            uncompressed().header("If-None-Match", plain).get(path).then()
                    .statusCode(304).header("ETag", plain).header("Content-Encoding", nullValue());
        }
    }

    @Test
    void answersIfMatchAndIfUnmodifiedSinceWith412WhenTheFeedChanged() {
        TestArticles.post("precondition", "Precondition", "NATO");
        Response current = uncompressed().get("/feed.xml");
        given().header("If-Match", current.header("ETag")).get("/feed.xml").then().statusCode(200);
        given().header("If-Match", "\"stale\"").get("/feed.xml").then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        given().header("If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").get("/feed.xml").then().statusCode(412);
        given().header("If-Unmodified-Since", current.header("Last-Modified")).get("/feed.xml").then().statusCode(200);
    }

    // RestAssured asks for gzip unless told not to
    private static io.restassured.specification.RequestSpecification uncompressed() {
        return given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static List<String> titles(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }
}
