package dev.herald.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/** A WebSub hub on 127.0.0.1 for tests: it hands each publish form to the test, which picks the status. */
public final class StubHub {

    private StubHub() {
    }

    /**
     * Starts a hub at {@code /hub} and returns its URL.
     *
     * @param answer takes each request's form body and returns the status to answer with
     */
    public static String start(ToIntFunction<String> answer) {
        try {
            HttpServer hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            hub.createContext("/hub", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.applyAsInt(form), -1);
                exchange.close();
            });
            hub.start();
            return "http://127.0.0.1:" + hub.getAddress().getPort() + "/hub";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
