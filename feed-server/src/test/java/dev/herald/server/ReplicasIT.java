package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the packaged server on one PostgreSQL, as behind a load balancer: started
 * together on an empty database (migrations run once), a write through either shows on the
 * other within a second with the same bytes and ETag, and a replica killed with SIGKILL loses no
 * acknowledged write while the other keeps serving.
 */
@EnabledIf("dev.herald.server.PostgresAvailable#orRequired")
class ReplicasIT {

    private static final String SERVER = PostgresAvailable.SERVER;
    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final List<String> FEEDS = List.of("/feed.xml", "/atom.xml", "/feed.json",
            "/tags/nato/feed.xml", "/tags/nato/atom.xml", "/tags/nato/feed.json", "/", "/opml.xml");

    @TempDir
    Path logs;

    @Test
    void replicasShareWritesWithinASecondAndServeIdenticalBytes() throws Exception {
        String database = "herald_replicas_" + System.currentTimeMillis();
        execute("postgres", "CREATE DATABASE " + database);
        Map<String, String> environment = replicaEnvironment(database);
        int portA = ServerProcess.freePort();
        ServerProcess a = ServerProcess.launch(logs, portA, environment);
        try (ServerProcess b = ServerProcess.launch(logs, ServerProcess.freePort(), environment)) {
            a.awaitReady();
            b.awaitReady();
            long migrations = count(database, "SELECT count(DISTINCT version) FROM flyway_schema_history WHERE success");
            assertTrue(migrations >= 3, "migrations applied: " + migrations);
            assertEquals(migrations, count(database, "SELECT count(*) FROM flyway_schema_history"),
                    "each migration applied once");

            assertEquals(201, post(a, "shared", "Written on A").statusCode());
            assertTrue(within(b, "/tags/nato/atom.xml", body -> body.contains("Written on A")),
                    "B shows A's write within a second");
            assertSameOnBoth(a, b);

            assertEquals(204, b.send(b.request("/api/articles/shared").header("Authorization", "Bearer it-token")
                    .DELETE()).statusCode());
            assertTrue(within(a, "/feed.xml", body -> !body.contains("Written on A")),
                    "A drops B's delete within a second");
            assertEquals(404, a.get("/api/articles/shared").statusCode());
            assertSameOnBoth(a, b);

            assertEquals(201, post(a, "acknowledged", "Acknowledged by A").statusCode());
            a.kill();
            assertTrue(within(b, "/tags/nato/feed.json", body -> body.contains("Acknowledged by A")),
                    "B has the write A acknowledged before it was killed");
            assertEquals(200, b.get("/feed.xml").statusCode());

            a = ServerProcess.launch(logs, portA, environment).awaitReady();
            assertEquals(200, a.get("/api/articles/acknowledged").statusCode());
            assertSameOnBoth(a, b);
        } finally {
            a.close();
        }
    }

    @Test
    void aScheduledArticleAppearsOnEveryReplicaWithinASecondOfItsInstant() throws Exception {
        String database = "herald_scheduled_" + System.currentTimeMillis();
        execute("postgres", "CREATE DATABASE " + database);
        Map<String, String> environment = replicaEnvironment(database);
        try (ServerProcess a = ServerProcess.launch(logs, ServerProcess.freePort(), environment);
                ServerProcess b = ServerProcess.launch(logs, ServerProcess.freePort(), environment)) {
            a.awaitReady();
            b.awaitReady();
            java.time.Instant due = java.time.Instant.now().plusSeconds(4).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            assertEquals(201, a.send(a.request("/api/articles").header("Authorization", "Bearer it-token")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"embargoed\", \"title\": \"Embargoed story\","
                            + " \"published\": \"" + due + "\", \"tags\": [\"NATO\"]}"))).statusCode());
            while (java.time.Instant.now().isBefore(due.minusMillis(200))) {
                assertFalse(a.get("/feed.xml").body().contains("Embargoed story"), "A before " + due);
                assertFalse(b.get("/feed.xml").body().contains("Embargoed story"), "B before " + due);
                assertEquals(404, b.get("/articles/embargoed").statusCode());
                Thread.sleep(100);
            }
            while (java.time.Instant.now().isBefore(due)) {
                Thread.sleep(5);
            }
            assertTrue(within(a, "/tags/nato/atom.xml", body -> body.contains("Embargoed story")), "A at " + due);
            assertTrue(within(b, "/tags/nato/atom.xml", body -> body.contains("Embargoed story")), "B at " + due);
            assertSameOnBoth(a, b);
        }
    }

    @Test
    void aWriteReachesEachHubSubscriberOnceWhicheverReplicaTookIt() throws Exception {
        String database = "herald_hub_" + System.currentTimeMillis();
        execute("postgres", "CREATE DATABASE " + database);
        Map<String, String> environment = new java.util.HashMap<>(replicaEnvironment(database));
        environment.put("HERALD_WEBSUB_ALLOWED_CALLBACK_NETWORKS", "127.0.0.0/8");
        try (ServerProcess a = ServerProcess.launch(logs, ServerProcess.freePort(), environment);
                ServerProcess b = ServerProcess.launch(logs, ServerProcess.freePort(), environment);
                TestSubscriber subscriber = TestSubscriber.start()) {
            a.awaitReady();
            b.awaitReady();
            String form = "hub.mode=subscribe&hub.topic=https%3A%2F%2Fnews.example.org%2Ftags%2Fnato%2Fatom.xml"
                    + "&hub.callback=" + java.net.URLEncoder.encode(subscriber.callback(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(202, a.send(a.request("/websub").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(database,
                    "SELECT count(*) FROM websub_subscriptions") == 1);

            assertEquals(201, post(b, "once", "Delivered once").statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> subscriber.deliveries().size() == 1);
            assertTrue(new String(subscriber.deliveries().get(0).body(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("Delivered once"), "the feed with the write, whichever replica sent it");

            // a scheduled article comes due on both replicas at once: still one delivery
            String due = java.time.Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            assertEquals(201, a.send(a.request("/api/articles").header("Authorization", "Bearer it-token")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\": \"due\", \"title\": \"Due on both\", \"published\": \"" + due
                                    + "\", \"tags\": [\"NATO\"]}"))).statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> subscriber.deliveries().size() >= 2);
            Thread.sleep(3000);
            assertEquals(2, subscriber.deliveries().size(), "one delivery per change, not one per replica");

            // subscriber counts meet in the store: an aggregator polling A, a reader polling B
            a.send(a.request("/tags/nato/atom.xml").header("User-Agent", "Feedly/1.0 (+https://feedly.com/fetcher.html; 7 subscribers)").GET());
            b.send(b.request("/tags/nato/atom.xml").header("User-Agent", "newsboat/2.21.0 (Linux x86_64)").GET());
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
                String stats = a.send(a.request("/api/stats").header("Authorization", "Bearer it-token").GET()).body();
                return stats.contains("\"subscribers\":9,\"sources\":{\"feedly\":7,\"readers\":1,\"websub\":1}");
            });
        }
    }

    /** What every replica is started with: the shared database, a token, the base URL. */
    private Map<String, String> replicaEnvironment(String database) {
        return Map.of("HERALD_DB_URL", SERVER + database, "HERALD_DB_USERNAME", "postgres",
                "HERALD_API_TOKENS", "it-token", "HERALD_BASE_URL", "https://news.example.org",
                "HERALD_DATA_DIR", logs.resolve("unused").toString());
    }

    private static HttpResponse<String> post(ServerProcess server, String id, String title)
            throws IOException, InterruptedException {
        return server.send(server.request("/api/articles").header("Authorization", "Bearer it-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"title\": \"" + title
                        + "\", \"published\": \"2024-12-01T08:00:00Z\", \"tags\": [\"NATO\"]}")));
    }

    /** Polls the path until the body passes, for at most a second from now. */
    private static boolean within(ServerProcess server, String path, Predicate<String> test)
            throws IOException, InterruptedException {
        try {
            Awaitility.await().atMost(Duration.ofNanos(ONE_SECOND)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).until(() -> test.test(server.get(path).body()));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** A load balancer may send a reader to either: same bytes, same validators. */
    private static void assertSameOnBoth(ServerProcess a, ServerProcess b) throws IOException, InterruptedException {
        for (String path : FEEDS) {
            HttpResponse<String> fromA = a.get(path);
            HttpResponse<String> fromB = b.get(path);
            assertEquals(200, fromA.statusCode(), path);
            assertEquals(fromA.body(), fromB.body(), path);
            assertEquals(fromA.headers().firstValue("ETag"), fromB.headers().firstValue("ETag"), path);
            assertEquals(fromA.headers().firstValue("Last-Modified"), fromB.headers().firstValue("Last-Modified"), path);
            assertFalse(fromA.headers().firstValue("ETag").isEmpty(), path);
        }
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
