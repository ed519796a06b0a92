package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server against requests no feed reader sends: every error answer is
 * application/problem+json, nothing is logged as an error, and floods of idle or slow
 * connections leave {@code /feed.xml} served.
 */
class HostileRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";

    @TempDir
    static Path data;

    private static ServerProcess server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        port = ServerProcess.freePort();
        server = ServerProcess.launch(data, port, Map.of("HERALD_DATA_DIR", data.resolve("db").toString(),
                "HERALD_CONTENT_DIR", "../examples", "HERALD_API_TOKENS", "it-token",
                "HERALD_API_MAX_BODY_SIZE", "64K")).awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aLongUrlGets414AsAProblem() throws IOException {
        Raw answer = raw("GET /feed.xml?tag=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 414, "The URL has 10014 characters; at most 8192 are answered.");
    }

    @Test
    void malformedEscapesGet400AsAProblem() throws IOException {
        String detail = "The URL has a malformed percent-escape \"%ZZ\": % must be followed by two hexadecimal digits"
                + " (%25 for % itself).";
        assertProblem(raw(get("/feed.xml?tag=%ZZ")), 400, detail);
        assertProblem(raw(get("/tags/%ZZ/feed.xml")), 400, detail);
    }

    @Test
    void rawNonAsciiGets400NamingTheFix() throws IOException {
        Raw answer = raw(get("/feed.xml?tag=東京"));
        assertProblem(answer, 400, "The URL has a character that must be percent-encoded as UTF-8 at position 15"
                + " (for example tag=%E6%9D%B1%E4%BA%AC, not tag=東京).");
        assertEquals(200, raw(get("/tags/%E6%9D%B1%E4%BA%AC/feed.xml")).status());
    }

    @Test
    void invalidIdsInTheApiPathGet400() throws IOException {
        for (String id : List.of("UPPER", "..%2F..%2Fx", "a_b")) {
            Raw answer = raw("PUT /api/articles/" + id + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Authorization: Bearer it-token\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            assertEquals(400, answer.status(), answer.text());
            assertEquals(PROBLEM_JSON, answer.header("content-type"));
        }
    }

    @Test
    void oversizedBodiesGet413AsAProblemAndLogNoError() throws IOException {
        byte[] body = new byte[5 * 1024 * 1024];
        String head = "POST /api/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer it-token\r\n"
                + "Content-Type: application/json\r\n";
        Raw sized = raw(head + "Content-Length: " + body.length + "\r\n\r\n", body, false);
        Raw chunked = raw(head + "Transfer-Encoding: chunked\r\n\r\n", body, true);
        String detail = "The body is larger than 65536 bytes, the most this server reads (HERALD_API_MAX_BODY_SIZE).";
        assertProblem(sized, 413, detail);
        assertProblem(chunked, 413, detail);
        assertFalse(serverLog().contains(" ERROR "), "an oversized body is the client's mistake, not an error to log");
    }

    @Test
    void getWithIfMatchThatFailsGets412() throws IOException, InterruptedException {
        HttpResponse<String> answer = server.send(server.request("/feed.xml").header("If-Match", "\"other\""));
        assertEquals(412, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("content-type").orElseThrow());
        String etag = server.get("/feed.xml").headers().firstValue("etag").orElseThrow();
        assertEquals(200, server.send(server.request("/feed.xml").header("If-Match", etag)).statusCode());
    }

    @Test
    void idleAndSlowConnectionsLeaveTheFeedServed() throws Exception {
        // 20,000 where the open-file limits allow; with this machine's 20,000 a process, as many as
        // the server's connection cap (its limit less 1,024) leaves room for beside the slow ones
        int idle = (int) Math.min(20_000, openFileLimit() - 1_024 - 500 - 100);
        assertTrue(idle >= 15_000 || System.getenv("CI") == null, "only " + idle + " sockets fit under the open-file limit");
        List<Socket> sockets = new ArrayList<>(idle + 500);
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < idle; i++) {
                sockets.add(new Socket(InetAddress.getLoopbackAddress(), port));
            }
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write("GET /feed.xml HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
                sockets.add(socket);
            }
            trickle.scheduleAtFixedRate(() -> slow.forEach(HostileRequestsIT::sendOneByte), 0, 1, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                Raw answer = raw(get("/feed.xml"));
                assertEquals(200, answer.status(), "with " + idle + " idle and 500 slow connections open");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void closesAConnectionLeftIdle() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(25_000);
            long start = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read(), "the server closes the connection");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds >= 14 && seconds <= 20, "closed after " + seconds + " s");
        }
    }

    private static void sendOneByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write('X');
            out.flush();
        } catch (IOException e) {
            // the server closed it: fine
        }
    }

    private static long openFileLimit() {
        return ((com.sun.management.UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getMaxFileDescriptorCount();
    }

    private static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    }

    private static void assertProblem(Raw answer, int status, String detail) throws IOException {
        assertEquals(status, answer.status(), answer.text());
        assertEquals(PROBLEM_JSON, answer.header("content-type"));
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(status, problem.path("status").asInt());
        assertEquals(detail, problem.path("detail").asText());
    }

    private static String serverLog() throws IOException {
        try (Stream<Path> logs = Files.list(data)) {
            StringBuilder text = new StringBuilder();
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("server-")).toList()) {
                text.append(Files.readString(log));
            }
            return text.toString();
        }
    }

    private static Raw raw(String request) throws IOException {
        return raw(request, new byte[0], false);
    }

    /** One request written byte for byte (no client library fixes it up), and the whole answer. */
    private static Raw raw(String head, byte[] body, boolean chunked) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                if (chunked) {
                    for (int from = 0; from < body.length; from += 65_536) {
                        int length = Math.min(65_536, body.length - from);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, from, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the body is all sent: read what it said
            }
            InputStream in = socket.getInputStream();
            return Raw.parse(in.readAllBytes());
        }
    }

    /** An HTTP/1.1 answer as bytes. */
    record Raw(int status, String head, byte[] body) {

        static Raw parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            int status = Integer.parseInt(head.split(" ")[1]);
            byte[] body = end < 0 ? new byte[0] : text.substring(end + 4).getBytes(StandardCharsets.UTF_8);
            return new Raw(status, head, body);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        String text() {
            return head + "\n\n" + new String(body, StandardCharsets.UTF_8);
        }
    }

}
