package dev.herald.server.problem;

import dev.herald.server.store.StoreUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error response as {@code application/problem+json}, but a browser's 404 or 410 of a page,
 * which is an HTML page ({@link MissingPages}); a 500 is logged and says nothing inside; a store
 * that cannot be used (a full disk) is a 503 with {@code Retry-After}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 10;

    private final MissingPages missingPages;

    public ProblemMappers(MissingPages missingPages) {
        this.missingPages = missingPages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException exception, HttpHeaders headers, UriInfo uri, Request request) {
        return respond(exception.toDetail(), headers, uri, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpHeaders headers, UriInfo uri,
            Request request) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        Response response = respond(ProblemDetail.of(status, detailOf(status.getStatusCode())), headers, uri, request);
        return status.getStatusCode() != 405 ? response
                : Response.fromResponse(response).header(HttpHeaders.ALLOW, AllowedMethods.of(uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException exception) {
        // one line: a full disk fails every write alike, and its cause is what an operator acts on
        Throwable cause = exception;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        LOG.errorf("request failed: %s (%s)", exception.getMessage(), cause);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(ProblemDetail.MEDIA_TYPE).entity(ProblemDetail.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The article store cannot be used now (the failure is logged): try again shortly."))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        LOG.error("request failed", exception);
        return respond(ProblemDetail.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The server failed to answer; the failure is logged."));
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No representation matches the Accept header.";
            case 415 -> "Send the article as application/json.";
            default -> "The request could not be answered.";
        };
    }

    private Response respond(ProblemDetail detail, HttpHeaders headers, UriInfo uri, Request request) {
        String path = uri.getPath();
        return missingPages.forBrowser(detail.status(), request.getMethod(), path, headers).orElseGet(() -> {
            Response.ResponseBuilder response = Response.status(detail.status()).type(ProblemDetail.MEDIA_TYPE)
                    .entity(detail);
            if (MissingPages.mayBePage(detail.status(), path)) {
                response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT); // a browser is shown a page there
            }
            return response.build();
        });
    }

    private static Response respond(ProblemDetail detail) {
        return Response.status(detail.status()).type(ProblemDetail.MEDIA_TYPE).entity(detail).build();
    }
}
