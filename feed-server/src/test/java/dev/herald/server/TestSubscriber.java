package dev.herald.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A WebSub subscriber on 127.0.0.1 for tests: its callback answers the hub's verification (echoing
 * the challenge unless told not to) and records every content delivery it is sent. It can also
 * be told to fail deliveries with a status, or to never answer at all.
 */
public final class TestSubscriber implements AutoCloseable {

    /** A content distribution request as received. */
    public record Delivery(byte[] body, Map<String, List<String>> headers, long receivedNanos) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Map<String, String>> verifications = new CopyOnWriteArrayList<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    /** Whether the callback echoes the challenge. */
    public volatile boolean echoes = true;
    /** The status deliveries are answered with. */
    public volatile int deliveryStatus = 202;
    /** Whether the callback never answers (until closed). */
    public volatile boolean hangs;
    /** Whether deliveries are answered with a redirect to the callback itself. */
    public volatile boolean redirects;
    /** Whether deliveries are answered with ten megabytes. */
    public volatile boolean floods;
    /** How long a delivery, once recorded, waits for its answer. */
    public volatile Duration answerDelay = Duration.ZERO;

    private TestSubscriber() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/callback", this::handle);
        server.start();
    }

    public static TestSubscriber start() {
        return new TestSubscriber();
    }

    /** The callback URL, with a query of its own the hub must keep. */
    public String callback() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback?subscriber=test";
    }

    /** The query of every verification (and denial) request received, decoded. */
    public List<Map<String, String>> verifications() {
        return verifications;
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (hangs) {
                closed.await();
                return;
            }
            if (exchange.getRequestMethod().equals("GET")) {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                verifications.add(query);
                byte[] answer = echoes && query.containsKey("hub.challenge")
                        ? query.get("hub.challenge").getBytes(StandardCharsets.UTF_8) : "no".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(echoes ? 200 : 404, answer.length);
                exchange.getResponseBody().write(answer);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            deliveries.add(new Delivery(body, headers, System.nanoTime()));
            Thread.sleep(answerDelay.toMillis());
            if (redirects) {
                exchange.getResponseHeaders().add("Location", exchange.getRequestURI().toString());
                exchange.sendResponseHeaders(307, -1);
            } else if (floods) {
                exchange.sendResponseHeaders(200, 10 << 20);
                byte[] megabyte = new byte[1 << 20];
                for (int i = 0; i < 10; i++) {
                    exchange.getResponseBody().write(megabyte);
                }
            } else {
                exchange.sendResponseHeaders(deliveryStatus, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            query.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
