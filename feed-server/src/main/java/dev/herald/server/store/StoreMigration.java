package dev.herald.server.store;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the active store's schema up to date at start, before anything reads it (Flyway, as
 * Quarkus would at start). A store it cannot open (PostgreSQL refusing the connection, the
 * embedded database's file held by another server on the same HERALD_DATA_DIR) stops the server
 * with one line that says why, not a stack trace.
 */
@ApplicationScoped
class StoreMigration {

    private final InjectableInstance<Flyway> flyways;

    StoreMigration(@Any InjectableInstance<Flyway> flyways) {
        this.flyways = flyways;
    }

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent event) {
        try {
            flyways.getActive().migrate();
        } catch (FlywayException e) {
            // said as Quarkus says a configuration problem: its message alone, exit status 1
            throw new ConfigurationException("Cannot open the store: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return failure == root || failure.getMessage() == null ? message
                : firstLine(failure.getMessage()) + " (" + message + ")";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
