package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server stopped as a container is (SIGTERM) still has its store open while it shuts
 * down: subscriber counts seen since the last flush are written, not lost to a closed database.
 */
class GracefulStopIT {

    private static final String FEEDLY = "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 42 subscribers; )";

    @TempDir
    Path folder;

    @Test
    void countsSeenBeforeAStopAreKeptAcrossIt() throws Exception {
        // no flush on a timer during the test: only the one at shutdown can keep the count
        Map<String, String> environment = Map.of("HERALD_DATA_DIR", folder.resolve("data").toString(),
                "HERALD_API_TOKENS", "it-token", "HERALD_AUDIENCE_FLUSH_INTERVAL", "PT1H");
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.launch(folder, port, environment).awaitReady()) {
            HttpResponse<String> feed = server.send(server.request("/feed.xml").header("User-Agent", FEEDLY).GET());
            assertEquals(200, feed.statusCode());
        }
        try (ServerProcess server = ServerProcess.launch(folder, port, environment).awaitReady()) {
            JsonNode stats = new ObjectMapper().readTree(server.send(server.request("/api/stats")
                    .header("Authorization", "Bearer it-token").GET()).body());
            assertEquals(1, stats.get("feeds").size(), stats.toString());
            JsonNode home = stats.get("feeds").get(0);
            assertEquals("/", home.get("feed").asText(), stats.toString());
            assertEquals(42, home.get("formats").get("rss").get("subscribers").asInt(), stats.toString());
        }
        try (Stream<Path> logs = Files.list(folder)) {
            for (Path log : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                assertFalse(Files.readString(log).contains("Database is already closed"), log + " says the store closed early");
            }
        }
    }
}
