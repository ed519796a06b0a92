package dev.herald.server.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Ends a request with a problem response; thrown by resources, answered by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final List<ProblemDetail.FieldError> errors;

    public ProblemException(Response.StatusType status, String detail, List<ProblemDetail.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(Response.StatusType status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemDetail toDetail() {
        return ProblemDetail.of(status, getMessage(), errors);
    }

    public int status() {
        return status.getStatusCode();
    }
}
