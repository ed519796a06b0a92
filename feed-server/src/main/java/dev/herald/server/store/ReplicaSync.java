package dev.herald.server.store;

import dev.herald.server.config.HeraldConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, which several replicas may share, tells this replica when the others wrote:
 * every committed write notifies {@link JdbcArticleStore#CHANNEL}, this listens there and fires
 * {@link OtherWritersMayHaveWritten} at once (the catalog catches up on it); the same every few
 * seconds is the safety net for notifications lost with a dropped connection.
 */
@ApplicationScoped
public class ReplicaSync {

    private static final Logger LOG = Logger.getLogger(ReplicaSync.class);
    private static final Duration SAFETY_CHECK = Duration.ofSeconds(5);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);
    /** Longest a single wait for notifications lasts. */
    private static final Duration LISTEN_SLICE = Duration.ofMillis(250);

    private final HeraldConfig config;
    private final ActiveDataSource dataSources;
    private final Event<OtherWritersMayHaveWritten> otherWrites;
    private volatile boolean running;
    private Thread listener;

    public ReplicaSync(HeraldConfig config, ActiveDataSource dataSources, Event<OtherWritersMayHaveWritten> otherWrites) {
        this.config = config;
        this.dataSources = dataSources;
        this.otherWrites = otherWrites;
    }

    // observers wait for what they need (the catalog, for its index to load)
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        if (config.db().url().isEmpty()) {
            return; // the embedded H2 belongs to this process alone
        }
        running = true;
        listener = new Thread(this::listen, "herald-replica-sync");
        listener.setDaemon(true);
        listener.start();
    }

    // first of all shutdown observers, and waiting for the listener to give its connection back:
    // otherwise the pool closes it under the listener as the server stops, and warns
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event)
            throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(LISTEN_SLICE.multipliedBy(4).toMillis());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSources.get().getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + JdbcArticleStore.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // the first pass picks up what was written while this was not listening
                long nextCheck = System.nanoTime();
                while (running) {
                    // short waits, so that a stopping server gets the connection back at once
                    PGNotification[] notifications = postgres.getNotifications((int) LISTEN_SLICE.toMillis());
                    boolean notified = notifications != null && notifications.length > 0;
                    if (running && (notified || System.nanoTime() - nextCheck >= 0)) {
                        otherWrites.fire(new OtherWritersMayHaveWritten());
                        nextCheck = System.nanoTime() + SAFETY_CHECK.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Replica sync lost its connection (%s); retrying in %d s", e.getMessage(),
                            RECONNECT_DELAY.toSeconds());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
