package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged server refuses a configuration it cannot serve in one line that says why, with no stack trace. */
class ConfigurationProblemsIT {

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "news.example.org | HERALD_BASE_URL must be an absolute http or https URL such as https://news.example.org, was \"news.example.org\"",
        "ftp://news.example.org | HERALD_BASE_URL must be an absolute http or https URL",
        "https://news.example.org/our news | Illegal character in path at index 28"})
    void aBaseUrlThatIsNoWebAddressStopsTheServerWithOneLine(String baseUrl, String said) throws Exception {
        ServerProcess server = ServerProcess.launch(work, ServerProcess.freePort(),
                Map.of("HERALD_BASE_URL", baseUrl, "HERALD_DATA_DIR", work.resolve("data").toString()));
        assertEquals(1, server.awaitExit());
        String output = server.output();
        assertTrue(output.contains(said), output);
        assertFalse(output.lines().anyMatch(line -> line.startsWith("\tat ")), output);
    }
}
