package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged server refuses a configuration it cannot serve at start, in one line that names the
 * variable and says why, with no stack trace (a feed limit of 0 once started and failed every page;
 * a flush interval of 0 stopped it with a stack trace), nor a store it cannot open.
 */
class ConfigurationProblemsIT {

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HERALD_BASE_URL | news.example.org | HERALD_BASE_URL must be an absolute http or https URL such as https://news.example.org, was \"news.example.org\"",
        "HERALD_BASE_URL | ftp://news.example.org | HERALD_BASE_URL must be an absolute http or https URL",
        "HERALD_BASE_URL | https://news.example.org/our news | Illegal character in path at index 28",
        "HERALD_BASE_URL | https://news.example.org/?edition=uk | HERALD_BASE_URL must have no query or fragment (nothing after a ? or #)",
        "HERALD_SITE_LANGUAGE | xx | HERALD_SITE_LANGUAGE is not a BCP 47 language tag: \"xx\" (a language's code, such as en or pt-BR)",
        "HERALD_FEED_LIMIT | 0 | HERALD_FEED_LIMIT must be 1 or more, was 0",
        "HERALD_FEED_LIMIT | fifty | herald.feed-limit with the config value \"fifty\"",
        "HERALD_CACHE_MAX_AGE | -5 | HERALD_CACHE_MAX_AGE must be 0 or more, was -5",
        "HERALD_WEBSUB_LEASE_MIN | P40D | HERALD_WEBSUB_LEASE_MIN must not be above HERALD_WEBSUB_LEASE_MAX, were PT960H and PT720H",
        "HERALD_WEBSUB_RETRY_DELAY | PT0S | HERALD_WEBSUB_RETRY_DELAY must be a duration above zero",
        "HERALD_AUDIENCE_FLUSH_INTERVAL | PT0S | HERALD_AUDIENCE_FLUSH_INTERVAL must be a duration above zero",
        "HERALD_DB_URL | jdbc:mysql://db.example.org/herald | HERALD_DB_URL must be a PostgreSQL JDBC URL",
        "HERALD_DB_URL | jdbc:postgresql://127.0.0.1:1/herald | Cannot open the store: Unable to obtain connection from database: Connection to 127.0.0.1:1 refused"})
    void aValueTheServerCannotServeStopsItWithOneLine(String variable, String value, String said) throws Exception {
        ServerProcess server = ServerProcess.launch(work, ServerProcess.freePort(),
                Map.of(variable, value, "HERALD_DATA_DIR", work.resolve("data").toString()));
        assertEquals(1, server.awaitExit());
        String output = server.output();
        assertTrue(output.contains(said), output);
        assertFalse(output.lines().anyMatch(line -> line.startsWith("\tat ")), output);
    }

    @Test
    void aSecondServerOnTheSameDataFolderStopsSayingTheStoreIsInUse() throws Exception {
        Map<String, String> environment = Map.of("HERALD_DATA_DIR", work.resolve("data").toString());
        try (ServerProcess first = ServerProcess.launch(work, ServerProcess.freePort(), environment).awaitReady()) {
            ServerProcess second = ServerProcess.launch(work, ServerProcess.freePort(), environment);
            assertEquals(1, second.awaitExit());
            String output = second.output();
            assertTrue(output.contains("Cannot open the store: ") && output.contains("Database may be already in use"), output);
            assertFalse(output.lines().anyMatch(line -> line.startsWith("\tat ")), output);
            assertEquals(200, first.get("/feed.xml").statusCode(), "the first server serves on");
        }
    }
}
