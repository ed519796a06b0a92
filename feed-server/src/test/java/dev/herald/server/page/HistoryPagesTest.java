package dev.herald.server.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's older pages, month archive, sitemaps and robots.txt: the same URLs as the static build. */
@QuarkusTest
class HistoryPagesTest {

    private static final String BASE = "https://news.example.org";

    @BeforeEach
    void sixtyArticles() {
        TestArticles.deleteAll();
        Instant first = Instant.parse("2024-10-31T12:00:00Z");
        for (int n = 0; n < 60; n++) {
            TestArticles.postAt(first.plusSeconds(3600L * n).toString(), String.format("p%02d", n), "Page story " + n, "Pages");
        }
    }

    private static Document page(String path) {
        Response response = given().get(path);
        response.then().statusCode(200).header("Content-Type", "text/html; charset=utf-8");
        return Jsoup.parse(response.asString(), BASE + path);
    }

    @Test
    void theHomePageLeadsToOlderPagesAndBack() {
        Document home = page("/");
        assertEquals(50, home.select(".teaser").size());
        assertEquals(BASE + "/page/1/", home.selectFirst("a[rel=next]").attr("href"));
        Document older = page("/page/1/");
        assertEquals(List.of("Page story 9", "Page story 8"), older.select(".teaser h2").eachText().subList(0, 2));
        assertEquals(10, older.select(".teaser").size());
        assertEquals(BASE + "/", older.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(null, older.selectFirst("a[rel=next]"));

        assertEquals(BASE + "/tags/pages/page/1/", page("/tags/pages/").selectFirst("a[rel=next]").attr("href"));
        assertEquals(10, page("/tags/pages/page/1/").select(".teaser").size());
        given().get("/page/2/").then().statusCode(404).header("Content-Type", "application/problem+json");
        given().get("/tags/pages/page/0/").then().statusCode(404);
    }

    @Test
    void theMonthArchiveListsEveryArticleByMonth() {
        Document archive = page("/archive/");
        assertEquals(List.of(BASE + "/archive/2024/11/", BASE + "/archive/2024/10/"),
                archive.select(".months a").eachAttr("href"));
        assertEquals(12, page("/archive/2024/10/").select(".teaser").size());
        assertEquals(48, page("/archive/2024/11/").select(".teaser").size());
        given().get("/archive/2024/09/").then().statusCode(404);
        given().get("/archive/2024/13/").then().statusCode(404);
    }

    @Test
    void theSitemapsAndRobotsTxtFollowWrites() {
        given().get("/robots.txt").then().statusCode(200).header("Content-Type", "text/plain; charset=utf-8")
                .body(equalTo("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "/sitemap.xml\nSitemap: " + BASE
                        + "/news-sitemap.xml\n"));
        Response sitemap = given().get("/sitemap.xml");
        sitemap.then().statusCode(200).header("Content-Type", "application/xml; charset=utf-8")
                .body(containsString("<loc>" + BASE + "/articles/p00</loc>"))
                .body(not(containsString("/articles/late")));
        given().get("/news-sitemap.xml").then().statusCode(200)
                .body(containsString("<news:title>Page story 59</news:title>"))
                .body(containsString("<news:title>Page story 11</news:title>"))
                .body(not(containsString("Page story 10<")));

        TestArticles.postAt("2024-11-04T00:00:00Z", "late", "Late story", "Pages");
        given().header("If-None-Match", sitemap.header("ETag")).get("/sitemap.xml").then().statusCode(200)
                .body(containsString("<loc>" + BASE + "/articles/late</loc>"));
        given().get("/news-sitemap.xml").then().body(containsString("<news:title>Late story</news:title>"));
        given().get("/sitemaps/1.xml").then().statusCode(404)
                .body("detail", equalTo("There is no sitemap at /sitemaps/1.xml."));
        given().get("/sitemaps/x.xml").then().statusCode(404)
                .body("detail", equalTo("There is no sitemap at /sitemaps/x.xml."));
    }

    @Test
    void everyTypeIsAnsweredGzippedWhenAskedAndPlainWhenNot() {
        for (String path : List.of("/robots.txt", "/opml.xml", "/sitemap.xml", "/archive/", "/style.css")) {
            Response gzipped = given().header("Accept-Encoding", "gzip").get(path);
            gzipped.then().statusCode(200).header("Content-Encoding", "gzip");
            Response plain = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "identity").get(path);
            plain.then().statusCode(200).header("Content-Encoding", nullValue());
            assertEquals(plain.asString(), gzipped.asString(), path);
            // revalidated: a 304 that names no content coding, for either representation
            for (Response kept : List.of(gzipped, plain)) {
                given().header("Accept-Encoding", kept == gzipped ? "gzip" : "identity")
                        .header("If-None-Match", kept.header("ETag")).get(path).then()
                        .statusCode(304).header("Content-Encoding", nullValue());
            }
        }
    }
}
