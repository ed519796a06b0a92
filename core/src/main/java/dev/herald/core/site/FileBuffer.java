package dev.herald.core.site;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one file at a time, in an array lent to the output as it is (not copied) and kept
 * for the writer's next file: rewriting an old article's 1,300 feed documents of some 200 KB
 * each, a new array and a copy for every one cost as much again as their bytes.
 */
final class FileBuffer extends ByteArrayOutputStream {

    FileBuffer() {
        super(8192);
    }

    /** Empties the buffer for a file of some {@code room} bytes. */
    void startFile(int room) {
        reset();
        if (buf.length < room) {
            buf = new byte[room];
        }
    }

    /** The array the file's {@link #size()} bytes are at the start of; valid until the next file. */
    byte[] array() {
        return buf;
    }
}
