package dev.herald.server.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many feeds the server under test has rendered so far: its feed cache's misses, from its metrics. */
final class FeedRenders {

    private static final Pattern MISSES = Pattern.compile("herald_feed_cache_total\\{result=\"miss\"} ([\\d.]+)");

    private FeedRenders() {
    }

    static double count() {
        Matcher matcher = MISSES.matcher(given().get("/q/metrics").asString());
        assertTrue(matcher.find(), "no feed cache misses in the metrics");
        return Double.parseDouble(matcher.group(1));
    }
}
