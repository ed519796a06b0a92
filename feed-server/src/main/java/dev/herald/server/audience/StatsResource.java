package dev.herald.server.audience;

import dev.herald.server.api.BearerTokens;
import dev.herald.server.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * Subscriber counts for token holders: {@code GET /api/stats} as JSON (bearer token), and the
 * {@code /stats} page, which a browser opens with the token as the password of its login prompt.
 */
@Path("/")
@Blocking
public class StatsResource {

    private final AudienceCounter counter;
    private final BearerTokens tokens;
    private final StatsPage page;

    public StatsResource(AudienceCounter counter, BearerTokens tokens, StatsPage page) {
        this.counter = counter;
        this.tokens = tokens;
        this.page = page;
    }

    @GET
    @Path("api/stats")
    @Produces(MediaType.APPLICATION_JSON)
    public Response stats(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.requireWriter(authorization);
        return Response.ok(counter.current()).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @GET
    @Path("stats")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!tokens.isOpen()) {
            throw new ProblemException(Status.FORBIDDEN,
                    "The statistics are closed: the server has no HERALD_API_TOKENS configured.");
        }
        if (!tokens.isHolder(authorization)) {
            // a browser asks for the token (as the password; any user name) and sends it as Basic
            return Response.status(Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Herald statistics\", charset=\"UTF-8\"")
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .entity("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Token needed</title>"
                            + "</head><body><p>Sign in with an API token as the password.</p></body></html>")
                    .build();
        }
        return Response.ok(page.render(counter.current()), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
