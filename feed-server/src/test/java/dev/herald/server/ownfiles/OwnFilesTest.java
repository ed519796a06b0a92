package dev.herald.server.ownfiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.io.AtomicFolder;
import dev.herald.server.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** The site's own files served at the root, as browsers and caches fetch them, and nothing outside them. */
@QuarkusTest
@TestProfile(OwnFilesTest.WithStaticFolder.class)
class OwnFilesTest {

    static Path folder;
    static final byte[] IMAGE = imageBytes();

    public static class WithStaticFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                if (folder == null) {
                    // under target/, as the other tests' folders, so that no run leaves one in /tmp
                    Path base = Path.of("target/test-own-files").toAbsolutePath();
                    AtomicFolder.deleteRecursively(base);
                    folder = Files.createDirectories(base.resolve("static"));
                    Files.createDirectories(folder.resolve("images"));
                    Files.write(folder.resolve("images/harbour.png"), IMAGE);
                    Files.writeString(folder.resolve(".secret"), "hidden");
                    Files.writeString(base.resolve("outside.txt"), "not published");
                    Files.createSymbolicLink(folder.resolve("escape.txt"), base.resolve("outside.txt"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("herald.static-dir", folder.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-own-files;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void servesAFileWithItsTypeAndValidatorsAndRevalidatesWith304() {
        Response first = given().get("/images/harbour.png");
        first.then().statusCode(200).contentType("image/png").header("Accept-Ranges", "bytes");
        assertArrayEquals(IMAGE, first.asByteArray());
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/images/harbour.png").then().statusCode(304)
                .header("Content-Encoding", nullValue())
                .header("ETag", equalTo(etag));
        given().header("If-Modified-Since", first.header("Last-Modified")).get("/images/harbour.png").then()
                .statusCode(304);
        given().head("/images/harbour.png").then().statusCode(200).header("Content-Encoding", nullValue())
                .header("Content-Length", String.valueOf(IMAGE.length)).contentType("image/png");
    }

    @Test
    void answersARangeWithThoseBytes() {
        Response part = given().header("Range", "bytes=10-19").get("/images/harbour.png");
        part.then().statusCode(206).header("Content-Range", "bytes 10-19/" + IMAGE.length);
        assertArrayEquals(Arrays.copyOfRange(IMAGE, 10, 20), part.asByteArray());
    }

    @Test
    void answersASuffixRangeWithTheLastBytes() {
        Response part = given().header("Range", "bytes=-10").get("/images/harbour.png");
        part.then().statusCode(206).header("Content-Range",
                "bytes " + (IMAGE.length - 10) + "-" + (IMAGE.length - 1) + "/" + IMAGE.length);
        assertArrayEquals(Arrays.copyOfRange(IMAGE, IMAGE.length - 10, IMAGE.length), part.asByteArray());
        Response longer = given().header("Range", "bytes=-100000").get("/images/harbour.png");
        longer.then().statusCode(206).header("Content-Range", "bytes 0-" + (IMAGE.length - 1) + "/" + IMAGE.length);
        assertArrayEquals(IMAGE, longer.asByteArray());
        given().header("Range", "bytes=-0").get("/images/harbour.png").then().statusCode(416)
                .header("Content-Range", "bytes */" + IMAGE.length);
    }

    @Test
    void resumesADownloadOnlyWhileIfRangeStillNamesTheFile() {
        Response whole = given().get("/images/harbour.png");
        String etag = whole.header("ETag");
        String date = whole.header("Last-Modified");
        for (String current : new String[] {etag, date}) {
            Response part = given().header("Range", "bytes=10-19").header("If-Range", current).get("/images/harbour.png");
            part.then().statusCode(206);
            assertArrayEquals(Arrays.copyOfRange(IMAGE, 10, 20), part.asByteArray());
        }
        for (String stale : new String[] {"\"0-0\"", "W/" + etag, "Thu, 01 Jan 1970 00:00:00 GMT"}) {
            Response all = given().header("Range", "bytes=10-19").header("If-Range", stale).get("/images/harbour.png");
            all.then().statusCode(200).header("Content-Range", nullValue());
            assertArrayEquals(IMAGE, all.asByteArray());
        }
    }

    @Test
    void weighsPreconditionsInTheOrderOfRfc9110() throws IOException {
        Path dated = folder.resolve("dated.txt");
        Files.writeString(dated, "a file of the first of the month");
        Files.setLastModifiedTime(dated, FileTime.from(Instant.parse("2020-01-01T00:00:00.250Z")));
        Response first = given().get("/dated.txt");
        // IMF-fixdate has two digits for the day
        first.then().statusCode(200).header("Last-Modified", "Wed, 01 Jan 2020 00:00:00 GMT")
                .header("Date", matchesPattern("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
        String etag = first.header("ETag");
        given().header("If-Match", "\"another\"").get("/dated.txt").then().statusCode(412)
                .contentType("application/problem+json");
        given().header("If-Unmodified-Since", "Tue, 31 Dec 2019 00:00:00 GMT").get("/dated.txt").then().statusCode(412);
        given().header("If-Match", etag).get("/dated.txt").then().statusCode(200);
        // the file's milliseconds do not count against a date of the same second
        given().header("If-Modified-Since", "Wed, 01 Jan 2020 00:00:00 GMT").get("/dated.txt").then().statusCode(304);
        // If-None-Match, when sent, decides alone
        given().header("If-None-Match", "\"another\"").header("If-Modified-Since", "Thu, 01 Jan 2099 00:00:00 GMT")
                .get("/dated.txt").then().statusCode(200).body(equalTo("a file of the first of the month"));
    }

    @Test
    void anHttp2ClientThatLeavesOnceItHasTheBytesLeavesNoErrorBehind() throws Exception {
        // curl over HTTP/2 closes the connection once it has Content-Length bytes, before the
        // stream's last frame: Vert.x then fails that frame, and Quarkus logged an ERROR each time
        LogCapture log = LogCapture.of("");
        Vertx vertx = Vertx.vertx();
        try {
            // the race is lost about one time in ten: sixty tries see it all but surely
            for (int i = 0; i < 60; i++) {
                HttpClient client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                        .setHttp2ClearTextUpgrade(false));
                CompletableFuture<Integer> received = new CompletableFuture<>();
                client.request(HttpMethod.GET, RestAssured.port, "127.0.0.1", "/images/harbour.png")
                        .compose(request -> request.send()).onSuccess(response -> {
                            int[] bytes = {0};
                            response.handler(chunk -> {
                                bytes[0] += chunk.length();
                                if (bytes[0] == IMAGE.length) {
                                    client.close(); // all there: gone, as curl goes
                                    received.complete(bytes[0]);
                                }
                            });
                        }).onFailure(received::completeExceptionally);
                assertEquals(IMAGE.length, received.get(10, TimeUnit.SECONDS));
            }
            Thread.sleep(500); // the server's last frames
            assertEquals(List.of(), log.messages(Level.SEVERE));
        } finally {
            log.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void followsAnEditedFile() throws IOException {
        Files.writeString(folder.resolve("notice.txt"), "first");
        assertEquals("first", given().get("/notice.txt").asString());
        Files.writeString(folder.resolve("notice.txt"), "second, longer");
        assertEquals("second, longer", given().get("/notice.txt").asString());
    }

    @Test
    void servesAFileWhoseNameNeedsEscapesByItsEscapedPath() throws IOException {
        Files.writeString(Files.createDirectories(folder.resolve("docs")).resolve("price list für 2027.txt"), "prices");
        assertEquals("prices", given().urlEncodingEnabled(false).get("/docs/price%20list%20f%C3%BCr%202027.txt").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void servesNothingOutsideTheFolder() {
        for (String path : new String[] {"/escape.txt", "/.secret", "/images/%2e%2e/%2e%2e/outside.txt",
                "/%2e%2e/outside.txt", "/images%2fharbour.png", "/..%2Foutside.txt", "/images/..%5c..%5coutside.txt"}) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404);
        }
        given().urlEncodingEnabled(false).get("/images/../../outside.txt").then().statusCode(404);
    }

    @Test
    void aBrowserIsShownTheSitesOwnNotFoundPageWhenItHasOne() throws IOException {
        String own = "<!DOCTYPE html><title>Lost?</title><p>Our own page for lost readers.</p>";
        Files.writeString(folder.resolve("404.html"), own);
        try {
            given().header("Accept", "text/html").get("/no/such/page").then().statusCode(404).contentType("text/html")
                    .body(equalTo(own));
            given().header("Accept", "application/json").get("/no/such/page").then().statusCode(404)
                    .contentType("application/problem+json");
            given().get("/404.html").then().statusCode(200).body(equalTo(own)); // as a static host has it
        } finally {
            Files.delete(folder.resolve("404.html"));
        }
        given().header("Accept", "text/html").get("/no/such/page").then().statusCode(404)
                .body(org.hamcrest.Matchers.containsString("<h1>Page not found</h1>"));
        given().get("/404.html").then().statusCode(200).body(org.hamcrest.Matchers.containsString("<h1>Page not found</h1>"));
    }

    private static byte[] imageBytes() {
        byte[] bytes = ("\u0089PNG not really an image, but bytes to serve: " + "x".repeat(200))
                .getBytes(StandardCharsets.ISO_8859_1);
        return bytes;
    }
}
