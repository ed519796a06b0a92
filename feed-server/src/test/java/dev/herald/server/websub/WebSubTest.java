package dev.herald.server.websub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.StubHub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WebSubTest.WithHub.class)
class WebSubTest {

    /** Form bodies the stub hub received and accepted. */
    static final ConcurrentLinkedQueue<String> PUBLISHED = new ConcurrentLinkedQueue<>();
    /** Requests the stub hub answered, failures included. */
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static String hubUrl;

    /** A server advertising a stub hub on 127.0.0.1 whose first answer is 503, as a hub under load gives. */
    public static class WithHub implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (hubUrl == null) {
                hubUrl = startHub();
            }
            return Map.of("herald.websub-hub", hubUrl,
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-websub;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void advertisesTheHubAndNotifiesItOfEveryChangedFeed() throws InterruptedException {
        given().get("/tags/nato/feed.xml").then().statusCode(200)
                .body("rss.channel.link.find { it.@rel == 'hub' }.@href", equalTo(hubUrl))
                .header("Link", containsString("<" + hubUrl + ">; rel=\"hub\""));
        given().get("/feed.json").then().body("hubs.url", hasItem(hubUrl));

        given().header(new Header("Authorization", "Bearer test-token-1")).contentType("application/json")
                .body("{\"id\": \"hub-news\", \"title\": \"Hub news\", \"published\": \"2024-11-28\", \"tags\": [\"NATO\"]}")
                .post("/api/articles").then().statusCode(201);

        Set<String> expected = new TreeSet<>();
        for (String path : List.of("/feed.xml", "/atom.xml", "/feed.json",
                "/tags/nato/feed.xml", "/tags/nato/atom.xml", "/tags/nato/feed.json")) {
            expected.add("hub.mode=publish&hub.url=https://news.example.org" + path);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> published().size() >= expected.size());
        assertEquals(expected, published());
        assertTrue(REQUESTS.get() > expected.size(), "the first, refused request was retried");
    }

    private static Set<String> published() {
        Set<String> forms = new TreeSet<>();
        PUBLISHED.forEach(form -> forms.add(URLDecoder.decode(form, StandardCharsets.UTF_8)));
        return forms;
    }

    // the first answer is 503, as a hub under load gives
    private static String startHub() {
        return StubHub.start(form -> {
            if (REQUESTS.incrementAndGet() == 1) {
                return 503;
            }
            PUBLISHED.add(form);
            return 204;
        });
    }
}
