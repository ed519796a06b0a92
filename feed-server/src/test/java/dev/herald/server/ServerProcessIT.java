package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
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

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheExamplesToAFeedReaderAndKeepsAcknowledgedWritesThroughKill9() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Process server = start(port);
        try {
            String feed = get(base + "/tags/nato/feed.xml").body();
            assertEquals("0 [\"NATO Ministers Meet in Brussels as Allies Weigh Kyiv’s Request\"]", feedparser(feed));

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer it-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\": \"survivor\", \"title\": \"Survivor\", \"published\": \"2024-12-01\", \"tags\": [\"NATO\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        Process restarted = start(port);
        try {
            assertEquals(200, get(base + "/api/articles/survivor").statusCode());
            assertTrue(get(base + "/tags/nato/atom.xml").body().contains("<title>Survivor</title>"));
        } finally {
            restarted.destroy();
            restarted.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server-" + System.nanoTime() + ".log").toFile());
        builder.environment().putAll(Map.of("HERALD_DATA_DIR", data.resolve("db").toString(),
                "HERALD_CONTENT_DIR", "../examples", "HERALD_API_TOKENS", "it-token",
                "HERALD_BASE_URL", "https://news.example.org",
                "QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT", String.valueOf(port)));
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (get("http://127.0.0.1:" + port + "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IOException("the server did not become ready");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
