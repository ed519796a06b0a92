package dev.herald.server.feed;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes of a response: on the heap for their first answer, moved outside it when answered
 * again. Outside the heap the socket sends them without a copy, which pays for a feed readers
 * poll many times; but memory taken from the system for each page of a feed's history, which a
 * reader walks once, comes back to it late and in pieces (the allocator keeps what was freed),
 * and the process grew by hundreds of megabytes over a walk of 100,000 articles' archives.
 * Thread-safe.
 */
final class ServedBytes {

    private final int length;
    private final AtomicInteger answers = new AtomicInteger();
    // the bytes until they move; then the buffer outside the heap (set before the bytes are let go)
    private volatile byte[] onHeap;
    private volatile Buffer offHeap;

    ServedBytes(byte[] bytes) {
        this.onHeap = bytes;
        this.length = bytes.length;
    }

    int length() {
        return length;
    }

    /** The bytes to answer with: each answer gets a buffer of its own over the same bytes. */
    Buffer forAnswer() {
        byte[] bytes = onHeap; // read first: once it is gone, offHeap is set
        Buffer moved = offHeap;
        if (moved != null) {
            return moved;
        }
        if (answers.getAndIncrement() == 0) {
            return Buffer.buffer(bytes);
        }
        return movedOffHeap();
    }

    /** A copy of the bytes, wherever they are. */
    byte[] copy() {
        byte[] bytes = onHeap;
        Buffer moved = offHeap;
        return moved != null ? moved.getBytes() : bytes.clone();
    }

    private synchronized Buffer movedOffHeap() {
        if (offHeap == null) {
            byte[] bytes = onHeap;
            ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            // a JDK direct buffer, unlike a Netty one, is freed by the garbage collector once unreachable
            offHeap = Buffer.buffer(Unpooled.wrappedBuffer(direct));
            onHeap = null;
        }
        return offHeap;
    }
}
