package dev.herald.server.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The {@code herald.*} configuration; each key is also an environment variable ({@code HERALD_FEED_LIMIT}). */
@ConfigMapping(prefix = "herald")
public interface HeraldConfig {

    /** Absolute base of every link and id. */
    @WithDefault("http://localhost:8080")
    URI baseUrl();

    Site site();

    Api api();

    Db db();

    /** Folder of article files loaded at start, if any. */
    Optional<String> contentDir();

    /**
     * The site's own files (images, documents), served at the site root as they are; by default
     * the {@code static} folder of the content folder.
     */
    Optional<String> staticDir();

    /** Where the embedded database lives. */
    @WithDefault("./data")
    String dataDir();

    /** Items in a feed when {@code limit} is not given. */
    @WithDefault("50")
    int feedLimit();

    /** The WebSub hub to advertise in every feed and to notify after writes, if any. */
    Optional<URI> websubHub();

    /** Seconds in {@code Cache-Control: max-age}. */
    @WithDefault("300")
    int cacheMaxAge();

    /** Site metadata shown in feeds and pages. */
    interface Site {

        @WithDefault("Herald")
        String title();

        Optional<String> description();

        @WithDefault("en")
        String language();
    }

    /**
     * PostgreSQL instead of the embedded H2: {@code HERALD_DB_URL} ({@code jdbc:postgresql://…}),
     * {@code HERALD_DB_USERNAME}, {@code HERALD_DB_PASSWORD}. Applied through
     * {@link DatabaseSelection} and the {@code "pg"} datasource.
     */
    interface Db {

        Optional<String> url();

        Optional<String> username();

        Optional<String> password();
    }

    /** The write API. */
    interface Api {

        /** Bearer tokens that may write; none configured means the write API is closed (403). */
        Optional<List<String>> tokens();

        /**
         * Largest request body, e.g. {@code 1M}; larger ones get a 413 problem. The HTTP layer's own
         * limit (quarkus.http.limits.max-body-size) is a backstop well above it.
         */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }
}
