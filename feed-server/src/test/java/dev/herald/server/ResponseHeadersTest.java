package dev.herald.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.feed.ConditionalResponses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer carries the Date an origin server must send, whichever route gave it. */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void everyAnswerCarriesTheDateAsAnImfFixdate() {
        TestArticles.post("dated-story", "Dated story", "Dates");
        String etag = given().get("/tags/dates/feed.xml").header("ETag");
        // answer → the status it must have
        Map<Response, Integer> answers = Map.of(
                given().get("/tags/dates/feed.xml"), 200,
                given().header("If-None-Match", etag).get("/tags/dates/feed.xml"), 304,
                given().get("/articles/dated-story"), 200,
                given().get("/api/tags"), 200,
                given().get("/no-such-page"), 404,
                given().get("/feed.xml?limit=abc"), 400);
        answers.forEach((answer, status) -> {
            assertEquals(status, answer.statusCode());
            String date = answer.header("Date");
            assertNotNull(date, "no Date on a " + status);
            assertTrue(date.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), date);
            Instant sent = Instant.from(ConditionalResponses.HTTP_DATE.parse(date));
            assertTrue(Duration.between(sent, Instant.now()).abs().getSeconds() <= 5, date + " on a " + status);
        });
    }
}
