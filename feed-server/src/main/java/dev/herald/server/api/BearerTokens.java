package dev.herald.server.api;

import dev.herald.server.config.HeraldConfig;
import dev.herald.server.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Who may write: a request with {@code Authorization: Bearer <token>} for one of the configured
 * tokens. Without any configured token the write API is closed (403); a missing or wrong token
 * is 401. Tokens are compared as digests in constant time, so timing tells nothing about them.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String PREFIX = "Bearer ";
    private static final String BASIC = "Basic ";

    private final List<byte[]> digests;

    public BearerTokens(HeraldConfig config) {
        this.digests = config.api().tokens().orElse(List.of()).stream()
                .map(String::strip).filter(token -> !token.isEmpty()).map(BearerTokens::digest).toList();
    }

    /** Returns if the request may write; otherwise throws the 401 or 403 problem. */
    public void requireWriter(String authorization) {
        if (digests.isEmpty()) {
            throw new ProblemException(Status.FORBIDDEN,
                    "The write API is closed: the server has no HERALD_API_TOKENS configured.");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new ProblemException(Status.UNAUTHORIZED, "Send Authorization: Bearer <token>.");
        }
        byte[] presented = digest(authorization.substring(PREFIX.length()).strip());
        boolean known = false;
        for (byte[] digest : digests) {
            // no early exit: every token is compared whatever matches
            known |= MessageDigest.isEqual(digest, presented);
        }
        if (!known) {
            throw new ProblemException(Status.UNAUTHORIZED, "The bearer token is not valid.");
        }
    }

    /** Whether the request carries a valid token (a reader who may see drafts); never throws. */
    public boolean isWriter(String authorization) {
        try {
            requireWriter(authorization);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    /**
     * Whether the request carries a valid token as a bearer token or as the password of HTTP Basic
     * (what a browser's login prompt sends, for pages a token holder reads); never throws.
     */
    public boolean isHolder(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String credentials;
            try {
                credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            return isWriter(PREFIX + credentials.substring(credentials.indexOf(':') + 1));
        }
        return isWriter(authorization);
    }

    /** Whether any token is configured at all. */
    public boolean isOpen() {
        return !digests.isEmpty();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
