package dev.herald.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP response body read into memory up to a limit; past it the rest is not read (the
 * connection is dropped) and the body either fails with {@link TooLarge} or ends where the limit
 * cut it, so a peer answering gigabytes costs the reader only the limit.
 */
public final class LimitedBody implements BodySubscriber<byte[]> {

    private final int maxBytes;
    private final boolean cut;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(int maxBytes, boolean cut) {
        this.maxBytes = maxBytes;
        this.cut = cut;
    }

    /** A body that fails with {@link TooLarge} past {@code maxBytes}. */
    public static LimitedBody failingPast(int maxBytes) {
        return new LimitedBody(maxBytes, false);
    }

    /** A body of its first {@code maxBytes} at most, the rest left unread. */
    public static LimitedBody cutAt(int maxBytes) {
        return new LimitedBody(maxBytes, true);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int room = maxBytes - bytes.size();
            if (buffer.remaining() > room) {
                subscription.cancel();
                if (cut) {
                    write(buffer, room);
                    result.complete(bytes.toByteArray());
                } else {
                    result.completeExceptionally(new TooLarge());
                }
                return;
            }
            write(buffer, buffer.remaining());
        }
    }

    private void write(ByteBuffer buffer, int length) {
        byte[] chunk = new byte[length];
        buffer.get(chunk);
        bytes.writeBytes(chunk);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    /** The body passed its limit. */
    public static final class TooLarge extends IOException {

        TooLarge() {
            super("body too large");
        }
    }
}
