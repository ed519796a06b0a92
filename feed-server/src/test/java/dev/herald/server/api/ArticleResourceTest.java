package dev.herald.server.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.server.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    private static final Header TOKEN = new Header("Authorization", "Bearer test-token-2");

    @BeforeEach
    void startEmpty() {
        for (String id : given().get("/api/articles?limit=500").jsonPath().getList("id", String.class)) {
            given().header(TOKEN).delete("/api/articles/" + id).then().statusCode(204);
        }
    }

    @Test
    void createsShowsReplacesAndDeletesAnArticleEverywhere() {
        given().header(TOKEN).contentType("application/json")
                .body("{\"title\": \"Ministers Meet\", \"published\": \"2024-11-28\", \"tags\": [\"NATO\"],"
                        + " \"body\": \"Talks *begin*.\"}")
                .post("/api/articles").then()
                .statusCode(201)
                .header("Location", "https://news.example.org/api/articles/ministers-meet")
                .body("id", equalTo("ministers-meet"))
                .body("bodyHtml", equalTo("<p>Talks <em>begin</em>.</p>\n"));
        given().get("/tags/nato/atom.xml").then().body("feed.entry.title", equalTo("Ministers Meet"));
        assertEquals("Ministers Meet", Jsoup.parse(given().get("/articles/ministers-meet").then().statusCode(200)
                .extract().body().asString()).selectFirst("h1").text());

        given().header(TOKEN).contentType("application/json")
                .body("{\"title\": \"Ministers Agree\", \"published\": \"2024-11-28\", \"tags\": [\"Europe\"]}")
                .put("/api/articles/ministers-meet").then().statusCode(200).body("title", equalTo("Ministers Agree"));
        given().get("/tags/nato/atom.xml").then().body("feed.entry.title", not(hasItem("Ministers Meet")));
        given().get("/tags/europe/feed.json").then().body("items[0].title", equalTo("Ministers Agree"));

        given().header(TOKEN).delete("/api/articles/ministers-meet").then().statusCode(204);
        given().get("/api/articles/ministers-meet").then().statusCode(404)
                .header("Content-Type", "application/problem+json")
                .body("detail", equalTo("No article has the id \"ministers-meet\"."));
        given().get("/feed.xml").then().body("rss.channel.item.title", not(hasItem("Ministers Agree")));
    }

    @Test
    void refusesWritesWithoutAValidToken() {
        String article = "{\"title\": \"Unauthorised\", \"published\": \"2024-11-28\"}";
        given().contentType("application/json").body(article).post("/api/articles").then()
                .statusCode(401).body("detail", equalTo("Send Authorization: Bearer <token>."));
        given().header("Authorization", "Bearer wrong").contentType("application/json").body(article)
                .post("/api/articles").then().statusCode(401).body("detail", equalTo("The bearer token is not valid."));
        given().get("/api/articles/unauthorised").then().statusCode(404);
    }

    @Test
    void listsEveryProblemOfAnInvalidArticle() {
        given().header(TOKEN).contentType("application/json")
                .body("{\"title\": \" \", \"publised\": \"2024-11-28\", \"link\": \"/relative\"}")
                .post("/api/articles").then()
                .statusCode(400)
                .header("Content-Type", "application/problem+json")
                .body("errors.field", equalTo(List.of("body", "title", "published", "link")))
                .body("errors[0].message", equalTo("line 1: unknown key \"publised\" (did you mean \"published\"?)"))
                .body("errors[1].message", equalTo("line 1: must not be blank"));
    }

    @Test
    void refusesACompressedBodyItCannotReadAsUnsupported() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write("{\"title\": \"Zipped\", \"published\": \"2024-11-28\"}".getBytes(StandardCharsets.UTF_8));
        }
        given().header(TOKEN).contentType("application/json").header("Content-Encoding", "gzip")
                .body(gzipped.toByteArray()).put("/api/articles/zipped").then()
                .statusCode(415).body("detail", equalTo("The body is sent with Content-Encoding: gzip; send it uncompressed."));
        given().get("/api/articles/zipped").then().statusCode(404);
    }

    @Test
    void answersConflictWhenPostRepeatsAnId() {
        String article = "{\"id\": \"twice\", \"title\": \"Twice\", \"published\": \"2024-11-28\"}";
        given().header(TOKEN).contentType("application/json").body(article).post("/api/articles").then().statusCode(201);
        given().header(TOKEN).contentType("application/json").body(article).post("/api/articles").then()
                .statusCode(409).body("title", equalTo("Conflict"));
    }

    @Test
    void refusesAPutWhoseIdDiffersFromTheUrl() {
        given().header(TOKEN).contentType("application/json")
                .body("{\"id\": \"other\", \"title\": \"Other\", \"published\": \"2024-11-28\"}")
                .put("/api/articles/this-one").then().statusCode(400)
                .body("errors[0].message", equalTo("is \"other\" but the URL says \"this-one\""));
    }

    @Test
    void aPutTakesItsIdFromTheUrlWhereTheTitleGivesNone() {
        given().header(TOKEN).contentType("application/json")
                .body("{\"title\": \"ไทย\", \"published\": \"2024-11-28\"}")
                .put("/api/articles/thai-edition").then().statusCode(201)
                .header("Location", "https://news.example.org/api/articles/thai-edition")
                .body("id", equalTo("thai-edition"));
        given().get("/feed.json").then().body("items[0].url", equalTo("https://news.example.org/articles/thai-edition"));
        given().header(TOKEN).contentType("application/json")
                .body("{\"title\": \"ไทย\", \"published\": \"2024-11-28\"}")
                .post("/api/articles").then().statusCode(400)
                .body("errors[0].message", equalTo("line 1: is missing and the title gives none: add an id key"));
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        String huge = "{\"title\": \"Huge\", \"published\": \"2024-11-28\", \"body\": \"" + "x".repeat(1_100_000) + "\"}";
        given().header(TOKEN).contentType("application/json").body(huge).post("/api/articles").then().statusCode(413);
        given().get("/api/articles/huge").then().statusCode(404);
    }

    @Test
    void listsTagsWithCounts() {
        TestArticles.post("a", "Alpha", "NATO", "Russia");
        TestArticles.post("b", "Beta", "NATO");
        given().get("/api/tags").then().statusCode(200)
                .body("slug", equalTo(List.of("nato", "russia")))
                .body("count", equalTo(List.of(2, 1)));
    }
}
