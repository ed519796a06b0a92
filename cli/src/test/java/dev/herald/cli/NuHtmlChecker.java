package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Nu HTML Checker (vnu, the W3C's HTML validator), run from the test class path on page files. */
final class NuHtmlChecker {

    private NuHtmlChecker() {
    }

    /** Fails with the checker's own words unless every page is free of errors. */
    static void passes(List<Path> pages) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--no-langdetect"));
        pages.forEach(page -> command.add(page.toString()));
        ExternalTools.Result result = ExternalTools.run(command);
        assertEquals("", result.output());
        assertEquals(0, result.exitCode());
    }
}
