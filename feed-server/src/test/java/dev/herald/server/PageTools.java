package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML Checker and headless Chromium, for the server's own pages. Chromium missing skips
 * the test on a developer's machine and fails it in CI ({@code CI=true}), which installs it.
 */
public final class PageTools {

    private PageTools() {
    }

    /** Fails with the checker's own words unless the page is free of errors. */
    public static void passesNuHtmlChecker(Path page) throws IOException, InterruptedException {
        String output = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator", "--errors-only",
                "--no-langdetect", page.toString()), 0);
        assertEquals("", output);
    }

    /** A screenshot of {@code url} by headless Chromium, as a user's browser renders it. */
    public static void screenshot(String url, Path png, Path profile) throws IOException, InterruptedException {
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            String message = "chromium is not installed (see .ci/run for the Debian packages)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            abort(message);
        }
        run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1000,1200", "--screenshot=" + png, url), -1);
        if (!Files.isRegularFile(png)) {
            fail("Chromium made no screenshot of " + url);
        }
    }

    // the command's output; its exit code must be the one expected (-1: any)
    private static String run(List<String> command, int exitCode) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (exitCode >= 0) {
            assertEquals(exitCode, process.exitValue(), text);
        }
        return text;
    }
}
