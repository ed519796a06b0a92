package dev.herald.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Whether the PostgreSQL of {@code .ci/start-postgres} (127.0.0.1:25432) is there. Tests that need
 * it skip on a developer's machine without it, and run (and fail) in CI, which starts it. The port
 * lies below Linux's ephemeral range (32768 and up), where another program's outgoing connection
 * can never hold it by chance.
 */
public final class PostgresAvailable {

    public static final int PORT = 25432;
    /** The server without a database: a test names its own after it. */
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:" + PORT + "/";
    public static final String URL = SERVER + "herald";

    private PostgresAvailable() {
    }

    public static boolean orRequired() {
        if ("true".equals(System.getenv("CI"))) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
