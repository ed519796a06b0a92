package dev.herald.server.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A response's bytes are outside the heap when kept for many answers; when they may be answered
 * once, they stay on the heap for their first answer and move outside it when answered again.
 */
class ServedBytesTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>Ünïcode</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theFirstAnswerIsFromTheHeapAndTheNextOnesFromOutsideIt() {
        ServedBytes bytes = ServedBytes.onHeapFirst(FEED.clone());
        Buffer first = bytes.forAnswer();
        assertFalse(first.getByteBuf().isDirect(), "a page walked once takes no memory outside the heap");
        Buffer second = bytes.forAnswer();
        Buffer third = bytes.forAnswer();
        assertTrue(second.getByteBuf().isDirect(), "a page asked for again is sent without a copy");
        assertTrue(third.getByteBuf().isDirect());
        for (Buffer answer : List.of(first, second, third)) {
            assertArrayEquals(FEED, answer.getBytes());
        }
        assertArrayEquals(FEED, bytes.copy());
        assertEquals(FEED.length, bytes.length());
    }

    @Test
    void bytesKeptForManyAnswersAreOutsideTheHeapAtOnce() {
        ServedBytes bytes = ServedBytes.offHeap(FEED.clone());
        assertTrue(bytes.isOffHeap());
        Buffer first = bytes.forAnswer();
        assertTrue(first.getByteBuf().isDirect());
        assertArrayEquals(FEED, first.getBytes());
        assertArrayEquals(FEED, bytes.copy());
    }

    @Test
    void aCopyIsTheBytesWhereverTheyAreAndAsking() {
        ServedBytes bytes = ServedBytes.onHeapFirst(FEED.clone());
        byte[] copy = bytes.copy();
        copy[0] = 'x'; // a copy of its own: the answers are not changed through it
        assertFalse(bytes.forAnswer().getByteBuf().isDirect(), "a copy is no answer: the first answer is still from the heap");
        assertArrayEquals(FEED, bytes.forAnswer().getBytes());
        assertArrayEquals(FEED, bytes.copy());
    }

    @Test
    void answersAskedForAtOnceAllGetTheBytes() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                ServedBytes bytes = ServedBytes.onHeapFirst(FEED.clone());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<byte[]>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return bytes.forAnswer().getBytes();
                    }));
                }
                start.countDown();
                for (Future<byte[]> answer : answers) {
                    assertArrayEquals(FEED, answer.get(), "round " + round);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
