package dev.herald.core;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the team's shared folder (samples, schemas) beside the project. They are not ours to
 * copy into the project, so tests that use them skip when the folder is absent.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /**
     * The shared file at {@code relative}. When it is not there the test is skipped, except in
     * CI (environment {@code CI=true}), which has the folder: there it fails.
     */
    public static Path require(String relative) {
        String configured = System.getProperty("herald.shared.dir", "../../shared");
        Path file = Path.of(configured).resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            String message = "shared file not found: " + file;
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            abort(message);
        }
        return file;
    }
}
