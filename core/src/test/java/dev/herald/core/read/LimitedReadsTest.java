package dev.herald.core.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitedReadsTest {

    @TempDir
    Path folder;

    @Test
    void readsAFileUpToTheLimitAndNothingLarger() throws IOException {
        Path file = Files.write(folder.resolve("ten"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertArrayEquals(Files.readAllBytes(file), LimitedReads.read(file, 10).orElseThrow());
        assertEquals(Optional.empty(), LimitedReads.read(file, 9));
    }

    @Test
    void stopsAtTheLimitInADeviceThatNeverEnds() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system without /dev/zero");
        Path link = Files.createSymbolicLink(folder.resolve("story.md"), zero);
        assertEquals(Optional.empty(), LimitedReads.read(link, 1024 * 1024));
    }
}
