package dev.herald.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    @Test
    void boundsAServerThatTricklesOneByteAtATime() throws Exception {
        try (Served served = Served.by(FeedFetcherTest::trickle)) {
            long start = System.nanoTime();
            IOException failure = assertThrows(IOException.class,
                    () -> new FeedFetcher(Duration.ofSeconds(2)).fetch(served.url(), 1024 * 1024));
            assertEquals("timed out after 2 s fetching " + served.url(), failure.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
        }
    }

    @Test
    void namesTheUrlWhenTheConnectionIsRefused() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/feed.xml");
        IOException failure = assertThrows(IOException.class, () -> new FeedFetcher().fetch(url, 1024));
        assertEquals("connection refused: " + url, failure.getMessage());
    }

    @Test
    void namesAHostThatDoesNotResolve() {
        // .invalid never resolves (RFC 6761); the client wraps the resolver's failure in a ConnectException
        URI url = URI.create("http://herald-test.invalid/feed.xml");
        IOException failure = assertThrows(IOException.class, () -> new FeedFetcher().fetch(url, 1024));
        assertEquals("unknown host herald-test.invalid: " + url, failure.getMessage());
    }

    @Test
    void refusesABodyOverItsLimit() throws Exception {
        try (Served served = Served.by(server -> answer(server, "x".repeat(5000)))) {
            IOException failure = assertThrows(IOException.class, () -> new FeedFetcher().fetch(served.url(), 1024));
            assertTrue(failure.getMessage().startsWith(served.url() + " is larger than"), failure.getMessage());
        }
    }

    @Test
    void readsAWholeBody() throws Exception {
        try (Served served = Served.by(server -> answer(server, "<rss/>"))) {
            assertArrayEquals("<rss/>".getBytes(StandardCharsets.UTF_8), new FeedFetcher().fetch(served.url(), 1024));
        }
    }

    @Test
    void asksForGzipAndInflatesIt() throws Exception {
        StringBuilder request = new StringBuilder();
        try (Served served = Served.by(server -> answer(server, request, "Content-Encoding: gzip\r\n", gzip("<rss/>")))) {
            assertArrayEquals("<rss/>".getBytes(StandardCharsets.UTF_8), new FeedFetcher().fetch(served.url(), 1024));
            served.answered();
            assertTrue(request.toString().toLowerCase(Locale.ROOT).contains("accept-encoding: gzip\r\n"),
                    request.toString());
        }
    }

    @Test
    void boundsWhatAGzippedBodyInflatesTo() throws Exception {
        // 5,000 bytes that compress to a few dozen: under the limit as sent, over it inflated
        try (Served served = Served.by(server -> answer(server, new StringBuilder(), "Content-Encoding: gzip\r\n",
                gzip("x".repeat(5000))))) {
            IOException failure = assertThrows(IOException.class, () -> new FeedFetcher().fetch(served.url(), 1024));
            assertTrue(failure.getMessage().startsWith(served.url() + " is larger than"), failure.getMessage());
        }
    }

    @Test
    void namesARedirectLoop() throws Exception {
        try (Served served = Served.by(server -> {
            while (!server.isClosed()) {
                answer(server, new StringBuilder(), "Location: /feed.xml\r\n", new byte[0], "301 Moved Permanently");
            }
        })) {
            IOException failure = assertThrows(IOException.class, () -> new FeedFetcher().fetch(served.url(), 1024));
            assertEquals(served.url() + " redirects too many times (a loop?): the last answer was HTTP 301 to /feed.xml",
                    failure.getMessage());
        }
    }

    /** A server on the loopback whose answers come from a thread of their own, closed with the test. */
    private record Served(ServerSocket server, Thread answers) implements AutoCloseable {

        static Served by(Consumer<ServerSocket> answering) throws IOException {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread answers = new Thread(() -> answering.accept(server));
            answers.setDaemon(true);
            answers.start();
            return new Served(server, answers);
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/feed.xml");
        }

        /** Waits until the answer has gone out, and with it what the request said. */
        void answered() throws InterruptedException {
            answers.join();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(ServerSocket server, StringBuilder request, String headers, byte[] body) {
        answer(server, request, headers, body, "200 OK");
    }

    private static void answer(ServerSocket server, StringBuilder request, String headers, byte[] body, String status) {
        try (Socket socket = server.accept()) {
            request.append(readRequest(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // the client hung up early, or the test is over
        }
    }

    // headers at once, then one byte of body every half second, for ever
    private static void trickle(ServerSocket server) {
        try (Socket socket = server.accept()) {
            readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 100; i++) {
                out.write('<');
                out.flush();
                Thread.sleep(500);
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up, as it should
        }
    }

    private static void answer(ServerSocket server, String body) {
        answer(server, new StringBuilder(), "", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String readRequest(InputStream in) throws IOException {
        StringBuilder request = new StringBuilder();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            request.append((char) b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return request.toString();
    }
}
