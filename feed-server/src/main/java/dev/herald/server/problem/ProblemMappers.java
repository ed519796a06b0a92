package dev.herald.server.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error response as {@code application/problem+json}; a 500 is logged and says nothing inside. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception) {
        return respond(exception.toDetail());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return respond(ProblemDetail.of(status, detailOf(status.getStatusCode())));
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

    private static Response respond(ProblemDetail detail) {
        return Response.status(detail.status()).type(ProblemDetail.MEDIA_TYPE).entity(detail).build();
    }
}
