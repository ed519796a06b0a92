package dev.herald.core.site;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32C;

/** Writes the fields of a build state to a stream through a buffer of its own, keeping their CRC-32C. */
final class StateOutput {

    static final int BUFFER = 1 << 16;

    private final OutputStream stream;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final CRC32C checksum = new CRC32C();
    private long flushed;

    StateOutput(OutputStream stream) {
        this.stream = stream;
    }

    void writeInt(int value) throws IOException {
        room(Integer.BYTES).putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(Long.BYTES).putLong(value);
    }

    void writeBoolean(boolean value) throws IOException {
        room(1).put((byte) (value ? 1 : 0));
    }

    /** Its UTF-8 bytes after their length; null as the length -1. */
    void writeString(String text) throws IOException {
        if (text == null) {
            writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        write(bytes);
    }

    void writeUri(URI uri) throws IOException {
        writeString(uri == null ? null : uri.toString());
    }

    // Instant.MIN and MAX stand for "no bound" in a stable span, so seconds and nanos are kept whole
    void writeInstant(Instant instant) throws IOException {
        writeBoolean(instant != null);
        if (instant != null) {
            writeLong(instant.getEpochSecond());
            writeInt(instant.getNano());
        }
    }

    void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            int length = Math.min(bytes.remaining(), room(1).remaining());
            buffer.put(bytes.slice(bytes.position(), length));
            bytes.position(bytes.position() + length);
        }
    }

    void write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.capacity()) {
            flush();
            checksum.update(bytes);
            stream.write(bytes);
            flushed += bytes.length;
            return;
        }
        room(bytes.length).put(bytes);
    }

    /** How many bytes were written so far. */
    long position() {
        return flushed + buffer.position();
    }

    /** The CRC-32C of every byte written so far. */
    long checksum() {
        return checksum.getValue();
    }

    void flush() throws IOException {
        checksum.update(buffer.array(), 0, buffer.position());
        stream.write(buffer.array(), 0, buffer.position());
        flushed += buffer.position();
        buffer.clear();
    }

    private ByteBuffer room(int length) throws IOException {
        if (buffer.remaining() < length) {
            flush();
        }
        return buffer;
    }
}
