package dev.herald.server.feed;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered feed or page with its validators: a strong ETag made from the bytes (the same
 * bytes give the same tag on every replica) and the last modification time, to the second as
 * HTTP dates are. The bytes of a document kept for many answers are outside the heap, where the
 * socket sends them from without a copy; those of one that may be answered once move there when
 * answered again ({@link ServedBytes}). Their gzip is made once, when first asked for, so no
 * request ever compresses again.
 */
public final class RenderedDocument {

    private final ServedBytes body;
    private final String contentType;
    private final String etag;
    private final Instant lastModified;
    private final long version;
    private volatile ServedBytes gzippedBody;

    private RenderedDocument(ServedBytes body, byte[] bytes, String contentType, Instant lastModified, long version) {
        this.body = body;
        this.contentType = contentType;
        this.etag = etag(bytes);
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        this.version = version;
    }

    /**
     * A document that may be answered only once (a page rendered for a request, a page of a
     * feed's history).
     *
     * @param version the catalog version it was rendered from
     */
    public static RenderedDocument of(byte[] bytes, String contentType, Instant lastModified, long version) {
        return new RenderedDocument(ServedBytes.onHeapFirst(bytes), bytes, contentType, lastModified, version);
    }

    /** A document kept for many answers (a current feed), as {@link #of}. */
    public static RenderedDocument kept(byte[] bytes, String contentType, Instant lastModified, long version) {
        return new RenderedDocument(ServedBytes.offHeap(bytes), bytes, contentType, lastModified, version);
    }

    /** The bytes, for one answer. */
    public Buffer body() {
        return body.forAnswer();
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return body.copy();
    }

    /** How many bytes it has. */
    public int length() {
        return body.length();
    }

    /** The gzip of the bytes, for one answer. */
    public Buffer gzippedBody() {
        ServedBytes gzipped = gzippedBody;
        if (gzipped == null) {
            synchronized (this) {
                gzipped = gzippedBody;
                if (gzipped == null) {
                    byte[] compressed = gzip(body.copy());
                    gzipped = body.isOffHeap() ? ServedBytes.offHeap(compressed) : ServedBytes.onHeapFirst(compressed);
                    gzippedBody = gzipped;
                }
            }
        }
        return gzipped.forAnswer();
    }

    public String contentType() {
        return contentType;
    }

    /** The strong ETag of the bytes as they are. */
    public String etag() {
        return etag;
    }

    /**
     * The strong ETag of the gzip: another representation, so another tag (RFC 9110 section
     * 8.8.3), else a cache could hand compressed bytes to a client that asked for plain ones.
     */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** The catalog version it was rendered from. */
    public long version() {
        return version;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            // compressing into memory does no I/O
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
