package dev.herald.server.config;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default cap on open HTTP connections: the process's open-file limit less room for the
 * database, the content folder and the JVM's own files, so a flood of idle connections is turned
 * away at the door instead of leaving the server unable to open a file. Any configured
 * {@code quarkus.http.limits.max-connections} (or {@code QUARKUS_HTTP_LIMITS_MAX_CONNECTIONS})
 * wins over it.
 */
public final class ConnectionLimitSource implements ConfigSource {

    static final String KEY = "quarkus.http.limits.max-connections";
    /** Files kept for everything but client connections. */
    static final int RESERVED_FILES = 1024;
    private static final int SMALLEST = 256;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? Long.toString(limitFor(openFileLimit())) : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public String getName() {
        return "herald-connection-limit";
    }

    @Override
    public int getOrdinal() {
        return 50; // below application.properties (250) and the environment (300)
    }

    /** Connections allowed with {@code openFiles} file descriptors. */
    static long limitFor(long openFiles) {
        return Math.max(SMALLEST, Math.min(Integer.MAX_VALUE, openFiles - RESERVED_FILES));
    }

    private static long openFileLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return 10_000; // no such limit to read (Windows): a figure a small server copes with
    }
}
