package dev.herald.server.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The static build's {@code …/index.html} addresses, redirected to the server's pages. */
@QuarkusTest
class IndexPageRedirectTest {

    @Test
    void aStaticHostsIndexFileLeadsToItsPage() {
        assertEquals("/", location("/index.html"));
        assertEquals("/tags/nato/", location("/tags/nato/index.html"));
        assertEquals("/articles/ferry-returns/?utm_source=mail", location("/articles/ferry-returns/index.html?utm_source=mail"));
        given().redirects().follow(true).get("/tags/index.html").then().statusCode(200);
    }

    @Test
    void neverLeadsOffTheSite() {
        for (String path : new String[] {"//other.example/index.html", "/%5Cother.example/index.html",
            "/..//other.example/index.html", "/a/..//other.example/index.html"}) {
            String location = given().urlEncodingEnabled(false).redirects().follow(false).get(path).header("Location");
            assertTrue(location == null || location.startsWith("/") && !location.startsWith("//")
                    && !location.contains("\\") && !location.toLowerCase(Locale.ROOT).contains("%5c"), path + " → " + location);
        }
    }

    private static String location(String path) {
        Response response = given().urlEncodingEnabled(false).redirects().follow(false).get(path);
        response.then().statusCode(301);
        return response.header("Location");
    }
}
