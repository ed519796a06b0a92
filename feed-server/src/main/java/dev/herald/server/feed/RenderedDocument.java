package dev.herald.server.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A rendered feed or page with its validators: a strong ETag made from the bytes (the same
 * bytes give the same tag on every replica) and the last modification time.
 *
 * @param version the catalog version it was rendered from
 */
public record RenderedDocument(byte[] bytes, String contentType, String etag, Instant lastModified, long version) {

    public static RenderedDocument of(byte[] bytes, String contentType, Instant lastModified, long version) {
        return new RenderedDocument(bytes, contentType, etag(bytes), lastModified, version);
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
