package dev.herald.server.problem;

import java.util.List;

/** Ends a request with a problem response; thrown by resources, answered by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<ProblemDetail.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<ProblemDetail.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemDetail toDetail() {
        return new ProblemDetail("about:blank", title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}
