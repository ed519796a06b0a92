package dev.herald.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same
 * folder, is forced to disk, then moved over the target, so a reader or a crash never sees a
 * half-written file and a failed write leaves the old one as it was.
 */
public final class AtomicOutput {

    /** What a web server needs to serve the file: rw-r--r--, unless the old file had others. */
    private static final Set<PosixFilePermission> PUBLISHED = PosixFilePermissions.fromString("rw-r--r--");

    /** What writes the content; may throw, in which case the target is untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Replaces {@code target} with what {@code content} writes, creating parent folders. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            keepPermissions(temporary, absolute);
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // createTempFile makes owner-only files; a published feed must stay readable by the web server
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PUBLISHED;
        view.setPermissions(permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems cannot rename atomically; a plain replace is the best they offer
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
