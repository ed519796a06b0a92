package dev.herald.server.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a browser and a program are told for an address with no page. */
@QuarkusTest
class MissingPagesTest {

    /** Firefox's Accept for a page it navigates to. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserIsShownAPageThatLeadsBackToTheSite() {
        for (String path : List.of("/articles/no-such-story", "/tags/no-such-tag/", "/no/such/page",
                "/archive/2024/13/", "/archives/999/feed.xml")) {
            Response answer = given().header("Accept", BROWSER).get(path);
            answer.then().statusCode(404).contentType("text/html").header("Vary", containsString("Accept"));
            String page = answer.asString();
            assertTrue(page.startsWith("<!DOCTYPE html>"), path + ": " + page);
            assertTrue(page.contains("<h1>Page not found</h1>"), page);
            assertTrue(page.contains("<a href=\"https://news.example.org/\">the latest</a>"), page);
            assertTrue(page.contains("<link rel=\"stylesheet\" href=\"https://news.example.org/style.css\">"), page);
        }
        given().header("Accept", BROWSER).head("/articles/no-such-story").then().statusCode(404).contentType("text/html");
    }

    @Test
    void thePageAStaticBuildWritesAs404HtmlIsServedThereToo() {
        String shown = given().header("Accept", BROWSER).get("/no/such/page").then().statusCode(404).extract().asString();
        Response page = given().get("/404.html");
        page.then().statusCode(200).contentType("text/html").header("ETag", org.hamcrest.Matchers.notNullValue());
        assertEquals(shown, page.asString());
        given().header("If-None-Match", page.header("ETag")).get("/404.html").then().statusCode(304);
    }

    @Test
    void programsAreToldTheProblemAsJson() {
        for (String accept : List.of("*/*", "application/json", "application/problem+json",
                "application/rss+xml, application/atom+xml;q=0.9, */*;q=0.1", "application/json, text/html;q=0.5",
                "text/html;q=0, */*")) {
            given().header("Accept", accept).get("/articles/no-such-story").then().statusCode(404)
                    .contentType("application/problem+json").header("Vary", containsString("Accept"))
                    .body("detail", equalTo("No article has the id \"no-such-story\"."));
        }
        given().get("/articles/no-such-story").then().statusCode(404).contentType("application/problem+json");
        // an Accept header that is no list of media types is a program's too, and no failure of the server
        for (String malformed : List.of("garbage", "text/", ";;;", "text/html, */*;q=x")) {
            given().header("Accept", malformed).get("/articles/no-such-story").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        // the API and the hub answer programs, whatever they accept
        given().header("Accept", BROWSER).get("/api/articles/no-such-story").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Accept", BROWSER).get("/q/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnpublishedArticleLooksToABrowserAsAnUnknownOne() {
        TestArticles.deleteAll();
        given().header(TestArticles.TOKEN).contentType("application/json")
                .body("{\"id\": \"not-yet\", \"title\": \"Not yet\", \"published\": \"2099-01-01T00:00:00Z\"}")
                .post("/api/articles").then().statusCode(201);
        String scheduled = given().header("Accept", BROWSER).get("/articles/not-yet").then().statusCode(404).extract().asString();
        String unknown = given().header("Accept", BROWSER).get("/articles/never-was").then().statusCode(404).extract().asString();
        assertEquals(unknown, scheduled);
        TestArticles.deleteAll();
    }

    @Test
    void aMethodNotAllowedNamesTheMethodsThatAre() {
        for (String path : List.of("/feed.xml", "/tags/europe/atom.xml", "/", "/articles/some-story/", "/api/tags",
                "/api/articles", "/api/articles/some-story", "/websub", "/stats")) {
            Response answer = given().request("PATCH", path);
            answer.then().statusCode(405).contentType("application/problem+json");
            String allowed = answer.header("Allow");
            assertTrue(allowed != null && !allowed.contains("PATCH"), path + ": " + allowed);
            // each method named is taken there: answered, if not always with a 2xx, never with a 405
            for (String method : allowed.split(", ")) {
                assertNotEquals(405, given().request(method, path).statusCode(), method + " " + path);
            }
        }
    }
}
