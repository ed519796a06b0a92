package dev.herald.server.websub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.TestArticles;
import dev.herald.server.TestSubscriber;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in hub as a WebSub subscriber sees it (W3C WebSub §5–8): subscription with
 * verification of intent, signed content distribution of the feed as served, denial,
 * unsubscription, retries, 410 Gone, and a callback that never answers slowing nobody.
 */
@QuarkusTest
@TestProfile(BuiltInHubTest.LoopbackCallbacks.class)
class BuiltInHubTest {

    private static final String BASE = "https://news.example.org";

    /** Loopback callbacks allowed (the test's subscribers are on 127.0.0.1), quick retries. */
    public static class LoopbackCallbacks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.websub.allowed-callback-networks", "127.0.0.0/8",
                    "herald.websub.retry-delay", "PT0.2S",
                    "herald.websub.callback-timeout", "PT3S",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-hub;DB_CLOSE_DELAY=-1",
                    "quarkus.log.category.\"dev.herald.server.websub\".level", "DEBUG");
        }
    }

    @AfterEach
    void cleanUp() {
        TestArticles.deleteAll();
    }

    @Test
    void feedsAdvertiseTheBuiltInHub() {
        given().get("/tags/hub-ads/atom.xml").then().statusCode(200)
                .body("feed.link.find { it.@rel == 'hub' }.@href", equalTo(BASE + "/websub"))
                .header("Link", containsString("<" + BASE + "/websub>; rel=\"hub\""));
        given().get("/feed.json").then().body("hubs.url", hasItem(BASE + "/websub"));
    }

    @Test
    void aVerifiedSubscriberGetsTheFeedAsServedSignedWithinASecond() throws Exception {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            String topic = BASE + "/tags/harbour/atom.xml";
            subscribe(subscriber, topic, "s3cret-of-the-subscriber");
            Map<String, String> verification = subscriber.verifications().get(0);
            assertEquals("subscribe", verification.get("hub.mode"));
            assertEquals(topic, verification.get("hub.topic"));
            assertEquals("test", verification.get("subscriber"), "the callback's own query is kept");
            assertTrue(Long.parseLong(verification.get("hub.lease_seconds")) > 0);

            long written = System.nanoTime();
            TestArticles.post("harbour-opens", "The harbour opens", "Harbour");
            TestSubscriber.Delivery delivery = awaitDelivery(subscriber, 1);
            assertTrue(delivery.receivedNanos() - written < TimeUnit.SECONDS.toNanos(1),
                    "delivered " + (delivery.receivedNanos() - written) / 1_000_000 + " ms after the write");

            byte[] served = given().get("/tags/harbour/atom.xml").then().statusCode(200).extract().asByteArray();
            assertArrayEquals(served, delivery.body(), "the body is the feed as served");
            assertTrue(new String(delivery.body(), StandardCharsets.UTF_8).contains("The harbour opens"));
            assertEquals("application/atom+xml; charset=utf-8", delivery.header("Content-Type"));
            assertEquals("sha256=" + hmac("s3cret-of-the-subscriber", delivery.body()), delivery.header("X-Hub-Signature"));
            String links = String.join(", ", delivery.headers("Link"));
            assertTrue(links.contains("<" + BASE + "/websub>; rel=\"hub\""), links);
            assertTrue(links.contains("<" + topic + ">; rel=\"self\""), links);
            assertEquals("Herald/0.1.0 (WebSub hub; +" + BASE + "/websub)", delivery.header("User-Agent"));
            assertEquals(null, delivery.header("Upgrade"), "HTTP/1.1, no h2c upgrade offered");

            // an article of another tag changes nothing of this topic: nothing is sent
            TestArticles.post("elsewhere", "Elsewhere", "Inland");
            Thread.sleep(500);
            assertEquals(1, subscriber.deliveries().size());
        }
    }

    @Test
    void aSubscriberThatDoesNotEchoTheChallengeIsNeverSentContent() throws Exception {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            subscriber.echoes = false;
            given().formParams(form("subscribe", subscriber.callback(), BASE + "/feed.xml")).post("/websub")
                    .then().statusCode(202);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !subscriber.verifications().isEmpty());
            TestArticles.post("unconfirmed", "Unconfirmed", "Harbour");
            Thread.sleep(1500);
            assertEquals(0, subscriber.deliveries().size());
        }
    }

    @Test
    void unsubscribingStopsDeliveries() throws Exception {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            String topic = BASE + "/feed.json";
            subscribe(subscriber, topic, null);
            TestArticles.post("before-leaving", "Before leaving", "Harbour");
            awaitDelivery(subscriber, 1);

            given().formParams(form("unsubscribe", subscriber.callback(), topic)).post("/websub").then().statusCode(202);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> subscriber.verifications().size() == 2);
            assertEquals("unsubscribe", subscriber.verifications().get(1).get("hub.mode"));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> websubSubscribers("/", "json") == 0);
            TestArticles.post("after-leaving", "After leaving", "Harbour");
            Thread.sleep(1500);
            assertEquals(1, subscriber.deliveries().size());
            assertEquals(null, subscriber.deliveries().get(0).header("X-Hub-Signature"), "no secret, no signature");
        }
    }

    @Test
    void aTopicThisServerDoesNotPublishIsDenied() throws Exception {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            given().formParams(form("subscribe", subscriber.callback(), "https://elsewhere.example.com/feed.xml"))
                    .post("/websub").then().statusCode(202);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !subscriber.verifications().isEmpty());
            Map<String, String> denial = subscriber.verifications().get(0);
            assertEquals("denied", denial.get("hub.mode"));
            assertEquals("https://elsewhere.example.com/feed.xml", denial.get("hub.topic"));
            assertTrue(denial.get("hub.reason").contains("publishes no feed"), denial.get("hub.reason"));
        }
    }

    @Test
    void aCallbackAndATopicWithQueriesKeepThemWhenTheirEqualsSignsWereSentUnescaped() throws Exception {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            // as curl -d sends it: the URL standard's form reading splits a field at its first "=" only
            String topic = BASE + "/feed.json?tag=harbour";
            given().contentType("application/x-www-form-urlencoded")
                    .body("hub.mode=subscribe&hub.callback=" + subscriber.callback() + "&hub.topic=" + topic)
                    .post("/websub").then().statusCode(202);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !subscriber.verifications().isEmpty());
            Map<String, String> verification = subscriber.verifications().get(0);
            assertEquals("subscribe", verification.get("hub.mode"), verification.toString());
            assertEquals("test", verification.get("subscriber"), "the callback's own query");
            assertEquals(topic, verification.get("hub.topic"));
        }
        given().contentType("application/x-www-form-urlencoded").body("hub.mode=subscribe&hub.callback=%zz")
                .post("/websub").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        given().formParams(Map.of("hub.mode", "subscribe", "hub.topic", BASE + "/feed.xml")).post("/websub")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("hub.callback"));
        given().formParams(form("subscribe", "ftp://127.0.0.1/callback", BASE + "/feed.xml")).post("/websub")
                .then().statusCode(400).body("errors[0].field", equalTo("hub.callback"))
                .body("errors[0].message", containsString("http or https"));
        given().formParams(Map.of("hub.mode", "publish", "hub.url", BASE + "/feed.xml")).post("/websub")
                .then().statusCode(400).body("errors.field", hasItem("hub.mode"));
    }

    @Test
    void aFailedDeliveryIsRetriedAndAGoneSubscriberDropped() throws Exception {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            subscribe(subscriber, BASE + "/tags/retries/feed.xml", null);
            subscriber.deliveryStatus = 503;
            TestArticles.post("retried", "Retried", "Retries");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> subscriber.deliveries().size() >= 2);
            subscriber.deliveryStatus = 410;
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> websubSubscribers("/tags/retries/", "rss") == 0);
            int sent = subscriber.deliveries().size();
            TestArticles.post("after-gone", "After gone", "Retries");
            Thread.sleep(1000);
            assertEquals(sent, subscriber.deliveries().size(), "410 Gone ended the subscription");
        }
    }

    @Test
    void aCallbackThatNeverAnswersDelaysNeitherWritesNorOtherSubscribers() throws Exception {
        try (TestSubscriber hanging = TestSubscriber.start(); TestSubscriber prompt = TestSubscriber.start()) {
            String topic = BASE + "/tags/slow/atom.xml";
            subscribe(hanging, topic, null);
            subscribe(prompt, topic, null);
            hanging.hangs = true;

            long start = System.nanoTime();
            given().header(TestArticles.TOKEN).contentType("application/json")
                    .body("{\"id\": \"slow-1\", \"title\": \"Slow one\", \"published\": \"2024-11-28\", \"tags\": [\"Slow\"]}")
                    .post("/api/articles").then().statusCode(201);
            long writeMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(writeMillis < 1000, "the write took " + writeMillis + " ms");
            TestSubscriber.Delivery delivery = awaitDelivery(prompt, 1);
            assertTrue(delivery.receivedNanos() - start < TimeUnit.SECONDS.toNanos(1),
                    "the other subscriber got it " + (delivery.receivedNanos() - start) / 1_000_000 + " ms after the write");
        }
    }

    @Test
    void redirectingAndFloodingCallbacksSlowNobodyAndAreNotFollowed() throws Exception {
        try (TestSubscriber redirecting = TestSubscriber.start(); TestSubscriber flooding = TestSubscriber.start();
                TestSubscriber prompt = TestSubscriber.start()) {
            String topic = BASE + "/tags/hostile/feed.json";
            subscribe(redirecting, topic, null);
            subscribe(flooding, topic, null);
            subscribe(prompt, topic, null);
            redirecting.redirects = true;
            flooding.floods = true;
            long start = System.nanoTime();
            TestArticles.post("hostile-1", "Hostile one", "Hostile");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "the write was answered at once");
            TestSubscriber.Delivery delivery = awaitDelivery(prompt, 1);
            assertTrue(delivery.receivedNanos() - start < TimeUnit.SECONDS.toNanos(1));
            awaitDelivery(flooding, 1);
            awaitDelivery(redirecting, 1);
            Thread.sleep(100);
            // a redirect is a failed delivery, tried again after the retry delay (here 0.2 s), never followed
            assertEquals(1, redirecting.deliveries().size(), "the redirect was not followed");
            assertEquals(1, flooding.deliveries().size(), "ten megabytes of answer are a delivered answer, read no further");
        }
    }

    @Test
    void leasesAreKeptWithinTheirBounds() {
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            for (String asked : List.of("1", "999999999")) {
                Map<String, String> form = form("subscribe", subscriber.callback(), BASE + "/tags/leases/atom.xml");
                form.put("hub.lease_seconds", asked);
                given().formParams(form).post("/websub").then().statusCode(202);
            }
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> subscriber.verifications().size() == 2);
            List<String> leases = subscriber.verifications().stream().map(v -> v.get("hub.lease_seconds")).sorted().toList();
            assertEquals(List.of("2592000", "3600"), leases, "an hour at least, thirty days at most");
        }
        given().formParams(Map.of("hub.mode", "subscribe", "hub.callback", "http://127.0.0.1:9/x",
                "hub.topic", BASE + "/feed.xml", "hub.lease_seconds", "soon", "hub.secret", "s".repeat(200)))
                .post("/websub").then().statusCode(400).body("errors.field", hasItem("hub.lease_seconds"))
                .body("errors.field", hasItem("hub.secret"));
    }

    private static void subscribe(TestSubscriber subscriber, String topic, String secret) {
        String path = topic.substring(BASE.length());
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String format = path.endsWith("atom.xml") ? "atom" : path.endsWith("feed.json") ? "json" : "rss";
        int before = websubSubscribers(folder, format);
        Map<String, String> form = form("subscribe", subscriber.callback(), topic);
        if (secret != null) {
            form.put("hub.secret", secret);
        }
        given().formParams(form).header("Accept-Encoding", "gzip").post("/websub").then().statusCode(202)
                .header("Content-Encoding", nullValue()); // an empty body names no coding, "identity" least of all
        // active once the hub has it: the stats count it
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> websubSubscribers(folder, format) > before);
    }

    /** The built-in hub's subscribers of a feed in one format, as {@code /api/stats} gives them. */
    static int websubSubscribers(String feed, String format) {
        Integer count = given().header(TestArticles.TOKEN).get("/api/stats").then().statusCode(200).extract().jsonPath()
                .get("feeds.find { it.feed == '" + feed + "' }.formats." + format + ".sources.websub");
        return count == null ? 0 : count;
    }

    private static TestSubscriber.Delivery awaitDelivery(TestSubscriber subscriber, int n) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> subscriber.deliveries().size() >= n);
        return subscriber.deliveries().get(n - 1);
    }

    private static Map<String, String> form(String mode, String callback, String topic) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("hub.mode", mode);
        form.put("hub.callback", callback);
        form.put("hub.topic", topic);
        return form;
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
