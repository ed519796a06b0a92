package dev.herald.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * A file's bytes given as the start of an array, which a writer keeps for its next file instead
 * of copying out what it wrote (some 200 KB a feed document).
 */
final class ByteFiles {

    private ByteFiles() {
    }

    /**
     * Writes the first {@code length} bytes of {@code bytes} to {@code file}, a new file, in one
     * write ({@link Files#write} goes by 8 KB). Nothing that is there already is written through,
     * neither a file nor a link (the folders written into are Herald's own and new): that is a
     * {@link java.nio.file.FileAlreadyExistsException}.
     */
    static void write(Path file, byte[] bytes, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Writes the first {@code length} bytes of {@code bytes} over {@code spare}, a {@link
     * SpareFiles spare file}, from its start, and cuts it after them. Never through a link.
     */
    static void overwrite(Path spare, byte[] bytes, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(spare, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
            if (channel.size() > length) {
                channel.truncate(length); // only then: a spare is never longer, but may have grown since
            }
        }
    }

    /** Whether {@code file} is a regular file holding exactly the first {@code length} bytes of {@code bytes}. */
    static boolean holds(Path file, byte[] bytes, int length) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() != length) {
                return false;
            }
            byte[] held = Files.readAllBytes(file); // its length again: it may have changed since
            return held.length == length && Arrays.equals(held, 0, length, bytes, 0, length);
        } catch (IOException e) {
            return false; // none, or one that cannot be read: it is written again
        }
    }
}
