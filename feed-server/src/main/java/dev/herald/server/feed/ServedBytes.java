package dev.herald.server.feed;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes of a response, outside the heap, where the socket sends them from without a copy:
 * that pays for a feed readers poll many times. Bytes that may well be answered only once (a
 * page of a feed's history, which a reader walks once; a page rendered for one request) stay on
 * the heap for their first answer and move outside it when answered again: memory taken from the
 * system for each of them comes back to it late and in pieces (the allocator keeps what was
 * freed), and the process grew by hundreds of megabytes over a walk of 100,000 articles'
 * archives. Thread-safe.
 */
final class ServedBytes {

    private final int length;
    private final AtomicInteger answers = new AtomicInteger();
    // the bytes until they move; then the buffer outside the heap (set before the bytes are let go)
    private volatile byte[] onHeap;
    private volatile Buffer offHeap;

    private ServedBytes(byte[] bytes) {
        this.onHeap = bytes;
        this.length = bytes.length;
    }

    /** Bytes to be answered many times: outside the heap at once. */
    static ServedBytes offHeap(byte[] bytes) {
        ServedBytes served = new ServedBytes(bytes);
        served.movedOffHeap();
        return served;
    }

    /** Bytes that may be answered once: on the heap until they are answered again. */
    static ServedBytes onHeapFirst(byte[] bytes) {
        return new ServedBytes(bytes);
    }

    int length() {
        return length;
    }

    /** The bytes to answer with (Vert.x writes each answer from a slice of its own). */
    Buffer forAnswer() {
        byte[] bytes = onHeap; // read first: once it is gone, offHeap is set
        Buffer moved = offHeap;
        if (moved != null) {
            return moved;
        }
        if (answers.getAndIncrement() == 0) {
            return Buffer.buffer(Unpooled.wrappedBuffer(bytes)); // not copied, as Buffer.buffer(byte[]) would
        }
        return movedOffHeap();
    }

    /** Whether the bytes are outside the heap by now. */
    boolean isOffHeap() {
        return offHeap != null;
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
