package dev.herald.server.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Values the server cannot work with (a feed limit of 0, a lease minimum above its maximum, a
 * flush or a retry every 0 seconds) stop it at start, before anything uses them, with a line for
 * each that names the variable, as Quarkus says a configuration problem: no stack trace.
 */
@ApplicationScoped
class ConfigurationCheck {

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, HeraldConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(String.join("\n", problems));
        }
    }

    static List<String> problems(HeraldConfig config) {
        List<String> problems = new ArrayList<>();
        atLeast(problems, "HERALD_FEED_LIMIT", config.feedLimit(), 1);
        atLeast(problems, "HERALD_CACHE_MAX_AGE", config.cacheMaxAge(), 0);
        if (config.api().maxBodySize().asLongValue() < 1) {
            problems.add("HERALD_API_MAX_BODY_SIZE must be 1 byte or more (e.g. 1M), was "
                    + config.api().maxBodySize().asLongValue());
        }
        HeraldConfig.WebSub hub = config.websub();
        positive(problems, "HERALD_WEBSUB_LEASE_MIN", hub.leaseMin());
        positive(problems, "HERALD_WEBSUB_RETRY_DELAY", hub.retryDelay());
        positive(problems, "HERALD_WEBSUB_CALLBACK_TIMEOUT", hub.callbackTimeout());
        if (hub.giveUpAfter().isNegative()) {
            problems.add("HERALD_WEBSUB_GIVE_UP_AFTER must be zero or more (e.g. P1D), was " + hub.giveUpAfter());
        }
        // a default outside the two is brought inside them, as an asked lease is
        if (hub.leaseMin().compareTo(hub.leaseMax()) > 0) {
            problems.add("HERALD_WEBSUB_LEASE_MIN must not be above HERALD_WEBSUB_LEASE_MAX, were " + hub.leaseMin()
                    + " and " + hub.leaseMax());
        }
        atLeast(problems, "HERALD_WEBSUB_MAX_SUBSCRIPTIONS_PER_HOST", hub.maxSubscriptionsPerHost(), 0);
        atLeast(problems, "HERALD_WEBSUB_MAX_REQUESTS_PER_HOST", hub.maxRequestsPerHost(), 1);
        positive(problems, "HERALD_AUDIENCE_FLUSH_INTERVAL", config.audience().flushInterval());
        atLeast(problems, "HERALD_AUDIENCE_MAX_FEEDS", config.audience().maxFeeds(), 0);
        return problems;
    }

    private static void atLeast(List<String> problems, String variable, int value, int min) {
        if (value < min) {
            problems.add(variable + " must be " + min + " or more, was " + value);
        }
    }

    private static void positive(List<String> problems, String variable, Duration value) {
        if (value.isNegative() || value.isZero()) {
            problems.add(variable + " must be a duration above zero (e.g. PT5S), was " + value);
        }
    }
}
