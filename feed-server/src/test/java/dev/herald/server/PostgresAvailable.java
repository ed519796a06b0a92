package dev.herald.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Whether the PostgreSQL of {@code .ci/start-postgres} (127.0.0.1:55432) is there. Tests that need
 * it skip on a developer's machine without it, and run (and fail) in CI, which starts it.
 */
public final class PostgresAvailable {

    public static final String URL = "jdbc:postgresql://127.0.0.1:55432/herald";

    private PostgresAvailable() {
    }

    public static boolean orRequired() {
        if ("true".equals(System.getenv("CI"))) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 55432), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
