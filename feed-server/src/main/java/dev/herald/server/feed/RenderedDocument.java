package dev.herald.server.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered feed or page with its validators: a strong ETag made from the bytes (the same
 * bytes give the same tag on every replica) and the last modification time. The gzipped bytes
 * are made once, here, so no request ever compresses.
 *
 * @param version the catalog version it was rendered from
 */
public record RenderedDocument(byte[] bytes, byte[] gzipped, String contentType, String etag, Instant lastModified,
        long version) {

    public static RenderedDocument of(byte[] bytes, String contentType, Instant lastModified, long version) {
        return new RenderedDocument(bytes, gzip(bytes), contentType, etag(bytes), lastModified, version);
    }

    /** The same document with another modification time. */
    public RenderedDocument withLastModified(Instant newLastModified) {
        return new RenderedDocument(bytes, gzipped, contentType, etag, newLastModified, version);
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

    /** The bytes as text, for tests and logs. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
