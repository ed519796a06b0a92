package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The packaged server run as an operator runs it, on 127.0.0.1 and a free port, for one test. */
final class ServerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    // HTTP/1.1 and timeouts: a request must never wait forever on a server a test has just killed
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String base;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
        this.log = log;
    }

    /** Starts the server with these environment variables; call {@link #awaitReady()} before use. */
    static ServerProcess launch(Path logFolder, int port, Map<String, String> environment) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
        Path log = logFolder.resolve("server-" + port + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        variables.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(variables);
        return new ServerProcess(builder.start(), port, log);
    }

    /** Waits until {@code /q/health/ready} answers 200, at most a minute. */
    ServerProcess awaitReady() throws IOException {
        try {
            // a connection refused means not listening yet
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> !process.isAlive() || get("/q/health/ready").statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            // not ready in time: reported below
        }
        if (process.isAlive() && isReady()) {
            return this;
        }
        process.destroyForcibly();
        throw new IOException("the server on " + base + " did not become ready; see its log");
    }

    private boolean isReady() {
        try {
            return get("/q/health/ready").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** The body as sent, for files that are not text. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The exit status of a server that stops by itself within a minute (one refusing its configuration). */
    int awaitExit() throws InterruptedException {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server on " + base + " did not stop; see " + log);
        return process.exitValue();
    }

    /** What the server wrote to standard output and error. */
    String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or an OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
