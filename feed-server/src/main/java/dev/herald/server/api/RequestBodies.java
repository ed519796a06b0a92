package dev.herald.server.api;

import dev.herald.server.config.HeraldConfig;
import dev.herald.server.problem.ProblemException;
import dev.herald.server.problem.RequestGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies up to HERALD_API_MAX_BODY_SIZE. A body sent without a length (chunked)
 * that passes the limit is read on to its end, within a bound, and dropped before the 413: a
 * client that is still sending then gets the answer rather than a connection reset.
 */
@ApplicationScoped
public class RequestBodies {

    private static final long DRAIN_NANOS = 10_000_000_000L;
    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;

    public RequestBodies(HeraldConfig config) {
        this.maxBytes = config.api().maxBodySize().asLongValue();
    }

    /**
     * The whole body; a 413 problem if it is larger than the limit, a 400 if it breaks off, a 415 if
     * it is compressed ({@code Content-Encoding}), which the API does not undo.
     */
    public byte[] read(InputStream body, String contentEncoding) {
        boolean compressed = contentEncoding != null && !contentEncoding.isBlank()
                && !contentEncoding.strip().equalsIgnoreCase("identity");
        if (compressed) {
            drain(body);
            throw new ProblemException(Status.UNSUPPORTED_MEDIA_TYPE, "The body is sent with Content-Encoding: "
                    + contentEncoding.strip() + "; send it uncompressed.");
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                drain(body);
                throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, RequestGuard.tooLarge(maxBytes));
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(Status.BAD_REQUEST, "The body could not be read to its end.");
        }
    }

    private static void drain(InputStream body) {
        byte[] buffer = new byte[BUFFER];
        long deadline = System.nanoTime() + DRAIN_NANOS;
        try {
            while (body.read(buffer) >= 0 && System.nanoTime() - deadline < 0) {
                // dropped: only the end of the body matters
            }
        } catch (IOException e) {
            // the client gave up sending: the 413 still goes out if the connection is there
        }
    }
}
