package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The feeds of Rome's own tests (Apache 2.0; in the test resources with their licence): podcasts,
 * Media RSS, GeoRSS, weather reports and others as sites wrote them, imported and published again
 * ({@link ImportedFeedSuite}).
 */
class RomeFeedsIT extends ImportedFeedSuite {

    private static final Path SUITE = Path.of("src/test/resources/rome-tests");

    RomeFeedsIT() {
        super(SUITE, "the test resources of the cli module", 120);
    }

    @Override
    boolean isFeed(Path file) {
        return file.getFileName().toString().matches(".*\\.(xml|rss|atom)");
    }

    @Test
    void readsTheTwelveHourClockOfAWeatherReport() {
        assertEquals(Instant.parse("2008-01-21T16:56:00Z"),
                onlyArticleOf("rome-modules/xml/sunnyvale.xml").published());
    }
}
