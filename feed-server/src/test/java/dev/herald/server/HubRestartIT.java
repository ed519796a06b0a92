package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server's built-in hub keeps its subscriptions in the store: a restart loses none. */
class HubRestartIT {

    @TempDir
    Path folder;

    @Test
    void aSubscriptionStillDeliversAfterTheServerRestarts() throws Exception {
        Map<String, String> environment = Map.of("HERALD_DATA_DIR", folder.resolve("data").toString(),
                "HERALD_API_TOKENS", "it-token", "HERALD_BASE_URL", "https://news.example.org",
                "HERALD_WEBSUB_ALLOWED_CALLBACK_NETWORKS", "127.0.0.0/8");
        int port = ServerProcess.freePort();
        String topic = "https://news.example.org/tags/restart/atom.xml";
        try (TestSubscriber subscriber = TestSubscriber.start()) {
            try (ServerProcess server = ServerProcess.launch(folder, port, environment).awaitReady()) {
                assertEquals(202, subscribe(server, subscriber.callback(), topic).statusCode());
                // active once stored: the stats count it
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> isCounted(server));
                // the server is stopped while the subscriber, which has the body, has not yet answered
                // (a second later: the stop has begun by then, and a busy machine still has 4 s to record the answer)
                subscriber.answerDelay = Duration.ofMillis(1000);
                assertEquals(201, post(server, "before", "Before").statusCode());
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !subscriber.deliveries().isEmpty());
            }
            subscriber.answerDelay = Duration.ZERO;
            int before = subscriber.deliveries().size();
            try (ServerProcess server = ServerProcess.launch(folder, port, environment).awaitReady()) {
                // after a start every topic is looked at again: a subscriber that has the feed gets nothing
                Thread.sleep(2000);
                assertEquals(before, subscriber.deliveries().size(), "nothing new, nothing sent");
                assertEquals(201, post(server, "after-restart", "After the restart").statusCode());
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> subscriber.deliveries().size() > before);
                TestSubscriber.Delivery delivery = subscriber.deliveries().get(subscriber.deliveries().size() - 1);
                String body = new String(delivery.body(), StandardCharsets.UTF_8);
                assertTrue(body.contains("After the restart"), body);
                assertEquals(server.get("/tags/restart/atom.xml").body(), body, "the feed as served after the restart");
            }
        }
    }

    private static HttpResponse<String> subscribe(ServerProcess server, String callback, String topic)
            throws IOException, InterruptedException {
        String form = "hub.mode=subscribe&hub.callback=" + URLEncoder.encode(callback, StandardCharsets.UTF_8)
                + "&hub.topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        return server.send(server.request("/websub").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static boolean isCounted(ServerProcess server) throws IOException, InterruptedException {
        String stats = server.send(server.request("/api/stats").header("Authorization", "Bearer it-token").GET()).body();
        return stats.contains("\"websub\":1");
    }

    static HttpResponse<String> post(ServerProcess server, String id, String title) throws IOException, InterruptedException {
        return server.send(server.request("/api/articles").header("Authorization", "Bearer it-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"title\": \"" + title
                        + "\", \"published\": \"2024-12-01T08:00:00Z\", \"tags\": [\"Restart\"]}")));
    }
}
