package dev.herald.server.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
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
     * the folder the content folder's {@code herald.yaml} names, else its {@code static} folder.
     */
    Optional<String> staticDir();

    /** Where the embedded database lives. */
    @WithDefault("./data")
    String dataDir();

    /** Items in a feed when {@code limit} is not given. */
    @WithDefault("50")
    int feedLimit();

    /**
     * An outside WebSub hub to advertise in every feed and to notify after writes; without one the
     * built-in hub at {@code /websub} is advertised (unless {@code herald.websub.enabled} is false).
     */
    Optional<URI> websubHub();

    /** The built-in WebSub hub. */
    WebSub websub();

    /** Counting each feed's subscribers from its requests. */
    Audience audience();

    /** Seconds in {@code Cache-Control: max-age}. */
    @WithDefault("300")
    int cacheMaxAge();

    /**
     * Site metadata shown in feeds and pages; each one not given is the content folder's
     * {@code herald.yaml}'s, else Herald's default ({@code Herald}, none, {@code en}).
     */
    interface Site {

        Optional<String> title();

        Optional<String> description();

        Optional<String> language();
    }

    /** The built-in WebSub hub at {@code /websub}: leases, callback safety, limits. */
    interface WebSub {

        /** Whether {@code /websub} takes subscriptions when no outside hub is configured. */
        @WithDefault("true")
        boolean enabled();

        /** Lease given when a subscriber asks for none. */
        @WithDefault("P10D")
        Duration leaseDefault();

        /** Shortest lease given, whatever is asked. */
        @WithDefault("PT1H")
        Duration leaseMin();

        /** Longest lease given, whatever is asked. */
        @WithDefault("P30D")
        Duration leaseMax();

        /**
         * Networks (CIDR, e.g. {@code 127.0.0.0/8}) callbacks may be in although they are loopback,
         * private, link-local or this machine's own; none by default.
         */
        Optional<List<String>> allowedCallbackNetworks();

        /** Subscriptions one callback host may hold. */
        @WithDefault("1000")
        int maxSubscriptionsPerHost();

        /** Requests to one callback host in flight at once. */
        @WithDefault("8")
        int maxRequestsPerHost();

        /** Delay before the first retry of a failed delivery; each next one waits twice as long (at most an hour). */
        @WithDefault("PT5S")
        Duration retryDelay();

        /** A subscriber whose deliveries have failed this long is dropped. */
        @WithDefault("P1D")
        Duration giveUpAfter();

        /** How long a callback has to answer one request. */
        @WithDefault("PT10S")
        Duration callbackTimeout();
    }

    /** Subscriber counts per feed, from the requests' {@code User-Agent}. */
    interface Audience {

        /** Whether feed requests are counted. */
        @WithDefault("true")
        boolean enabled();

        /** How often a replica adds what it counted to the store. */
        @WithDefault("PT5S")
        Duration flushInterval();

        /**
         * Feeds counted a day by a replica, and shown by the stats (the most followed): any query
         * string makes a feed, so without a bound a client varying one would fill memory and store.
         */
        @WithDefault("1000")
        int maxFeeds();
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
