package dev.herald.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the team's shared folder (samples, schemas) beside the project. They are not ours to
 * copy into the project, so tests that use them skip when the folder is absent.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The shared file at {@code relative}; skips the test when it is not there. */
    public static Path require(String relative) {
        String configured = System.getProperty("herald.shared.dir", "../../shared");
        Path file = Path.of(configured).resolve(relative).normalize();
        assumeTrue(Files.isRegularFile(file), "shared file not found, skipping: " + file);
        return file;
    }
}
