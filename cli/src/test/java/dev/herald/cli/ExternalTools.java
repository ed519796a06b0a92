package dev.herald.cli;

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
 * Independent validators and clients from Debian's packages. A missing tool skips the test on a
 * developer's machine, but fails it in CI (environment {@code CI=true}), where {@code .ci/run}
 * installs them all: a check CI never runs checks nothing.
 */
final class ExternalTools {

    /** What a tool printed and how it exited. */
    record Result(int exitCode, String output) {
    }

    private ExternalTools() {
    }

    /** The tool's path, after making sure it is installed. */
    static Path require(String executable) {
        Path path = Path.of(executable.startsWith("/") ? executable : "/usr/bin/" + executable);
        if (!Files.isExecutable(path)) {
            unavailable(executable + " is not installed (see .ci/run for the Debian packages)");
        }
        return path;
    }

    /** The shared file at {@code relative}, or a skip (a failure in CI) when absent. */
    static Path shared(String relative) {
        Path file = Path.of(System.getProperty("herald.shared.dir", "../../shared")).resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            unavailable("shared file not found: " + file);
        }
        return file;
    }

    /** Fails the test in CI, which installs everything; elsewhere skips it, saying what is missing. */
    static void unavailable(String message) {
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        abort(message);
    }

    /**
     * Runs a command with its output and errors merged; at most a minute. The output goes to a
     * file, so a command that never ends is stopped at the minute (read from a pipe, its output
     * would be waited for first).
     */
    static Result run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("herald-run", ".out");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail("timed out: " + command);
            }
            return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
