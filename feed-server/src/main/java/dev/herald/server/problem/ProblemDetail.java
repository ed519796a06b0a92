package dev.herald.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, for people and programs. {@code errors} lists every
 * problem of a request (a field or parameter and a message), never a class name or stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem with one field of a body or one query parameter. */
    public record FieldError(String field, String message) {
    }

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of the {@code about:blank} type, titled with the status's reason phrase. */
    public static ProblemDetail of(Response.StatusType status, String detail, List<FieldError> errors) {
        return new ProblemDetail("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
    }

    /** As {@link #of(Response.StatusType, String, List)} with no field errors. */
    public static ProblemDetail of(Response.StatusType status, String detail) {
        return of(status, detail, List.of());
    }
}
