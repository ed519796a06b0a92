package dev.herald.server.config;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Quarkus fixes a datasource's kind at build time, so one jar carries both an H2 and a
 * PostgreSQL datasource. This picks the active one at start: PostgreSQL when {@code HERALD_DB_URL}
 * is set (a {@code jdbc:postgresql:} URL, or the server stops at start saying so), the embedded
 * H2 otherwise. Its settings rank above application.properties and below environment variables.
 */
public class DatabaseSelection implements ConfigSourceFactory {

    private static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue("herald.db.url");
        if (url == null || url.getValue() == null || url.getValue().isBlank()) {
            return List.of();
        }
        if (!url.getValue().strip().startsWith("jdbc:postgresql:")) {
            // said in one line, as Quarkus says a configuration problem, before a driver fails on it
            throw new ConfigurationException("HERALD_DB_URL must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.example.org:5432/herald, was \"" + url.getValue() + "\"");
        }
        return List.of(new MapBackedConfigSource("herald database selection", Map.of(
                "quarkus.datasource.active", "false",
                "quarkus.datasource.\"pg\".active", "true"), ORDINAL) {
        });
    }
}
