package dev.herald.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.feed.ConditionalResponses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the Date an origin server must send, and none names "identity" as its
 * content coding, whichever route gave it.
 */
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
                given().get("/q/health/ready"), 200,
                given().get("/q/metrics"), 200,
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

    @Test
    void noAnswerNamesIdentityAsItsContentCoding() throws IOException {
        TestArticles.post("coded-story", "Coded story", "Codings");
        String path = "/tags/codings/feed.xml";
        String etag = given().get(path).header("ETag");
        // asked without Accept-Encoding: a gzip answer would name its coding rightly
        for (Response answer : List.of(plain().header("If-None-Match", etag).get(path), plain().head(path),
                plain().options(path), plain().head("/articles/coded-story"))) {
            assertNull(answer.header("Content-Encoding"), answer.statusLine() + "\n" + answer.headers());
        }
        // HTTP/1.0, which Vert.x never compresses for
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            assertTrue(head.startsWith("http/1.0 200"), head);
            assertFalse(head.contains("content-encoding"), head);
        }
    }

    private static RequestSpecification plain() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }
}
