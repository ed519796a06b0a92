package dev.herald.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file whole, but never more than a limit: a device ({@code /dev/zero} behind a link), a
 * pipe or a file still growing has no size to check first, and reading it all ran out of memory.
 */
public final class LimitedReads {

    private LimitedReads() {
    }

    /** The file's bytes, or empty when it holds more than {@code limit} of them. */
    public static Optional<byte[]> read(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        }
    }
}
