package dev.herald.core.problem;

import java.util.Objects;

/**
 * Something wrong with user input, located as precisely as it is known.
 *
 * @param source   the file name or other input name, e.g. {@code examples/nato.md} or {@code -}
 * @param line     1-based line, or 0 if unknown
 * @param field    the article key concerned, e.g. {@code image.url}, or null for the whole input
 * @param message  what is wrong, quoting the offending value
 * @param severity whether the article can still be published
 */
public record Problem(String source, int line, String field, String message, Severity severity) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, was " + line);
        }
    }

    public static Problem error(String source, int line, String field, String message) {
        return new Problem(source, line, field, message, Severity.ERROR);
    }

    public static Problem warning(String source, int line, String field, String message) {
        return new Problem(source, line, field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The report form, {@code file:line: field: message}, with {@code warning: } before the
     * message of a warning; the line and field are left out when unknown.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        if (field != null) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
