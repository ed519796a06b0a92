package dev.herald.core.site;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The bytes of a build state file, read in order (the layout {@link StateOutput} writes); running
 * past the end, or a count or length no site has, is an unreadable file.
 */
final class StateInput {

    // a count past this is a scribbled file, not a site
    private static final int MAX_COUNT = 50_000_000;

    private final ByteBuffer bytes;
    private byte[] text = new byte[256];

    StateInput(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    int readInt() throws IOException {
        need(Integer.BYTES);
        return bytes.getInt();
    }

    long readLong() throws IOException {
        need(Long.BYTES);
        return bytes.getLong();
    }

    boolean readBoolean() throws IOException {
        need(1);
        return bytes.get() != 0;
    }

    /** A count of things that follow: never negative, never more than a site can have. */
    int readCount() throws IOException {
        int count = readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    /** A string as {@link StateOutput#writeString} wrote it; null as null. */
    String readString() throws IOException {
        int length = readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_COUNT) {
            throw new IOException("a string of " + length + " bytes");
        }
        need(length);
        if (text.length < length) {
            text = new byte[Math.max(length, text.length * 2)];
        }
        bytes.get(text, 0, length);
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    URI readUri() throws IOException {
        String uri = readString();
        return uri == null ? null : URI.create(uri);
    }

    Instant readInstant() throws IOException {
        return readBoolean() ? Instant.ofEpochSecond(readLong(), readInt()) : null;
    }

    byte[] readBytes(int length) throws IOException {
        need(length);
        byte[] copy = new byte[length];
        bytes.get(copy);
        return copy;
    }

    int remaining() {
        return bytes.remaining();
    }

    int position() {
        return bytes.position();
    }

    /** The bytes read since {@code start}. */
    ByteBuffer slice(int start) {
        return bytes.duplicate().limit(bytes.position()).position(start).slice();
    }

    /**
     * The second half of the articles, from the offset the file ends with; this input then ends
     * where it starts.
     */
    StateInput secondHalf() throws IOException {
        int end = bytes.limit() - Long.BYTES;
        if (end < bytes.position()) {
            throw new IOException("the file ends early");
        }
        long start = bytes.getLong(end);
        if (start < bytes.position() || start > end) {
            throw new IOException("the second half of the articles at " + start);
        }
        StateInput second = new StateInput(bytes.duplicate().limit(end).position((int) start));
        bytes.limit((int) start);
        return second;
    }

    private void need(int length) throws IOException {
        if (bytes.remaining() < length) {
            throw new IOException("the file ends early");
        }
    }
}
