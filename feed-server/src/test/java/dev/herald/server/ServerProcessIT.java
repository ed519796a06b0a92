package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as an operator runs it: started with the example articles, read by
 * feedparser as a feed reader subscribed to a tag feed, and killed with SIGKILL right after an
 * acknowledged write, which must still be there after a restart on the same data folder.
 */
class ServerProcessIT {

    @TempDir
    Path data;

    @Test
    void servesTheExamplesToAFeedReaderAndKeepsAcknowledgedWritesThroughKill9() throws Exception {
        int port = ServerProcess.freePort();
        ServerProcess server = start(port);
        try {
            String feed = server.get("/tags/nato/feed.xml").body();
            assertEquals("0 [\"NATO Ministers Meet in Brussels as Allies Weigh Kyiv’s Request\"]", feedparser(feed));

            HttpResponse<String> created = server.send(server.request("/api/articles")
                    .header("Authorization", "Bearer it-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\": \"survivor\", \"title\": \"Survivor\", \"published\": \"2024-12-01\", \"tags\": [\"NATO\"]}")));
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            server.kill();
        }

        try (ServerProcess restarted = start(port)) {
            assertEquals(200, restarted.get("/api/articles/survivor").statusCode());
            assertTrue(restarted.get("/tags/nato/atom.xml").body().contains("<title>Survivor</title>"));
            // a start with nothing wrong warns of nothing: an operator's log has no noise to learn to skip
            List<String> warnings = restarted.output().lines().filter(line -> line.contains(" WARN ")).toList();
            assertEquals(List.of(), warnings);
        }
    }

    private ServerProcess start(int port) throws IOException, InterruptedException {
        return ServerProcess.launch(data, port, Map.of("HERALD_DATA_DIR", data.resolve("db").toString(),
                "HERALD_CONTENT_DIR", "../examples", "HERALD_API_TOKENS", "it-token",
                "HERALD_BASE_URL", "https://news.example.org")).awaitReady();
    }
    /** "bozo [titles]" as feedparser, the library behind many feed readers, sees the feed. */
    private static String feedparser(String feed) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            // CI installs python3-feedparser: there a missing interpreter is a failure, not a skip
            assertFalse("true".equals(System.getenv("CI")), "python3 is missing in CI");
            abort("python3 is not installed");
        }
        Process process = new ProcessBuilder(python.toString(), "-c",
                "import sys, json, feedparser; d = feedparser.parse(sys.stdin.read());"
                        + " print(int(d.bozo), json.dumps([e.title for e in d.entries], ensure_ascii=False))")
                .redirectErrorStream(true).start();
        process.getOutputStream().write(feed.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }
}
