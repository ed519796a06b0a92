package dev.herald.server.audience;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.PageTools;
import dev.herald.server.TestArticles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feed requests replayed with the fixture's real User-Agent strings: every aggregator's reported
 * count and every other reader once, per feed and format, in {@code /api/stats}, in the metrics
 * and on the {@code /stats} page.
 */
@QuarkusTest
@TestProfile(AudienceTest.OwnStore.class)
class AudienceTest {

    /** A store of its own: no other test's requests are counted here. */
    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no flush but those that an answer asks for: the metrics must not wait for the next one
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-audience;DB_CLOSE_DELAY=-1",
                    "herald.audience.flush-interval", "PT1H");
        }
    }

    private static final List<UserAgentFixture.Agent> AGENTS = UserAgentFixture.agents();
    private static final String FEED = "/tags/audience-world/";

    @TestHTTPResource("/stats")
    URL statsPage;

    @TempDir
    Path folder;

    @Inject
    AgroalDataSource database;

    private static boolean replayed;

    @BeforeEach
    void replayTheFixtureOnce() {
        if (replayed) {
            return;
        }
        replayed = true;
        TestArticles.post("audience-story", "A story people follow", "Audience World");
        for (UserAgentFixture.Agent agent : AGENTS) {
            // readers poll more than once a day: still one reader each
            for (int poll = 0; poll < 3; poll++) {
                given().header("User-Agent", agent.userAgent()).get(FEED + "atom.xml").then().statusCode(200);
            }
            if (agent.isAggregator()) {
                // the same aggregator on the RSS feed reports that feed's own count
                given().header("User-Agent", agent.userAgent().replace(agent.subscribers() + " subscriber",
                        (agent.subscribers() + 1) + " subscriber").replace("Count: " + agent.subscribers(),
                        "Count: " + (agent.subscribers() + 1)))
                        .get(FEED + "feed.xml").then().statusCode(200);
            }
        }
        // a reader of two formats of one feed is one reader of it
        given().header("User-Agent", "newsboat/2.21.0 (Linux x86_64)").get(FEED + "feed.json").then().statusCode(200);
        // a reader of a filtered feed; a 304 is a poll too
        String etag = given().header("User-Agent", "newsboat/2.21.0 (Linux x86_64)").get("/feed.json?any=audience-world")
                .then().statusCode(200).extract().header("ETag");
        given().header("User-Agent", "FreshRSS/1.24.3 (Linux; https://freshrss.org)").header("If-None-Match", etag)
                .get("/feed.json?any=audience-world").then().statusCode(304);
    }

    @Test
    void statsCountEachAggregatorsReportAndEachReaderOncePerFeedAndFormat() {
        JsonPath stats = given().header(TestArticles.TOKEN).get("/api/stats").then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath();
        String feed = "feeds.find { it.feed == '" + FEED + "' }";
        int readers = (int) AGENTS.stream().filter(agent -> !agent.isAggregator()).count();
        int atom = readers;
        int rss = 0;
        for (UserAgentFixture.Agent agent : AGENTS) {
            if (agent.isAggregator()) {
                assertEquals(agent.subscribers(), stats.getInt(feed + ".formats.atom.sources.'" + agent.source() + "'"),
                        agent.product());
                assertEquals(2 * agent.subscribers() + 1, stats.getInt(feed + ".sources.'" + agent.source() + "'"),
                        agent.product());
                atom += agent.subscribers();
                rss += agent.subscribers() + 1;
            }
        }
        assertEquals(readers, stats.getInt(feed + ".formats.atom.sources.readers"));
        assertEquals(atom, stats.getInt(feed + ".formats.atom.subscribers"));
        assertEquals(rss, stats.getInt(feed + ".formats.rss.subscribers"));
        assertEquals(1, stats.getInt(feed + ".formats.json.subscribers"), "newsboat on the JSON feed too");
        assertEquals(readers, stats.getInt(feed + ".sources.readers"), "a reader of two formats is one reader");
        assertEquals(atom + rss, stats.getInt(feed + ".subscribers"), "the formats together");
        assertEquals(30, stats.getList(feed + ".days").size());
        assertEquals(atom + rss, stats.getInt(feed + ".days[29].subscribers"), "today, the last of thirty days");

        String filtered = "feeds.find { it.feed == '/?any=audience-world' }";
        assertEquals(2, stats.getInt(filtered + ".formats.json.sources.readers"), "a 200 and a 304, two readers");
    }

    @Test
    void statsNeedAToken() {
        given().get("/api/stats").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong").get("/api/stats").then().statusCode(401);
        given().get("/stats").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void metricsGiveEachFeedsSubscribersPerSource() {
        // a scrape right after a request counts it
        given().header("User-Agent", "Mozilla/5.0 (compatible; BazQux/2.4; +https://bazqux.com/fetcher; 17 subscribers)")
                .get("/tags/audience-metrics/atom.xml").then().statusCode(200);
        String scraped = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scraped.contains("herald_feed_subscribers{feed=\"/tags/audience-metrics/\",source=\"bazqux\"} 17.0"),
                scraped.lines().filter(l -> l.startsWith("herald_feed_subscribers")).toList().toString());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (UserAgentFixture.Agent agent : AGENTS) {
            if (agent.isAggregator()) {
                String line = "herald_feed_subscribers{feed=\"" + FEED + "\",source=\"" + agent.source() + "\"} "
                        + (2 * agent.subscribers() + 1) + ".0";
                assertTrue(metrics.contains(line), line + " in\n" + metrics.lines()
                        .filter(l -> l.startsWith("herald_feed_subscribers")).toList());
            }
        }
        long readers = AGENTS.stream().filter(agent -> !agent.isAggregator()).count();
        assertTrue(metrics.contains("herald_feed_subscribers{feed=\"" + FEED + "\",source=\"readers\"} " + readers + ".0"));
    }

    @Test
    void theStatsPageIsValidHtmlAndShowsTheChartInChromium() throws Exception {
        // an aggregator's reports of the last days, as an earlier week of polling left them
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (int daysAgo = 1; daysAgo <= 12; daysAgo++) {
                statement.executeUpdate("MERGE INTO audience_reports KEY (on_day, feed, format, source, source_feed)"
                        + " VALUES (DATEADD('DAY', -" + daysAgo + ", CURRENT_DATE), '" + FEED + "', 'atom', 'feedly', '', "
                        + (2000 - daysAgo * 100) + ")");
            }
        }
        String basic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString("editor:test-token-1".getBytes(StandardCharsets.UTF_8));
        String page = given().header("Authorization", basic).get("/stats").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<svg")).extract().asString();
        assertTrue(page.contains(FEED), "the feed is listed");
        Path file = folder.resolve("stats.html");
        Files.writeString(file, page);
        PageTools.passesNuHtmlChecker(file);

        Path png = Path.of("target/screenshots/stats.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        String url = statsPage.toString().replace("://", "://editor:test-token-1@");
        PageTools.screenshot(url, png, Files.createDirectory(folder.resolve("chromium")));
        BufferedImage image = ImageIO.read(png.toFile());
        int barPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0x2b6cb0) {
                    barPixels++;
                }
            }
        }
        assertTrue(barPixels > 500, "the chart's bars are drawn: " + barPixels + " pixels of their colour");
    }

    @Test
    void theStoreHoldsNoAddressOrAgentOnlyDailyHashes() throws Exception {
        given().header(TestArticles.TOKEN).get("/api/stats").then().statusCode(200);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("audience_readers", "audience_reports", "audience_salts")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = String.valueOf(rows.getObject(i));
                            assertTrue(!value.contains("127.0.0.1") && !value.contains("newsboat"), table + ": " + value);
                        }
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audience_salts")) {
                rows.next();
                assertTrue(rows.getInt(1) <= 2, "today's salt and tomorrow's, no older one");
            }
        }
    }
}
