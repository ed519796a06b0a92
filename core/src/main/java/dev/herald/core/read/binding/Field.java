package dev.herald.core.read.binding;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One key of an article object as found in the input, with the line its key is on so that
 * problems can point there.
 *
 * @param name  the key as written
 * @param value its value (for nested objects and lists, the whole tree)
 * @param line   1-based line of the key, or 0 if unknown
 * @param source the input the key comes from when not the article's own file (a sidecar), or null
 */
public record Field(String name, JsonNode value, int line, String source) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** A field of the article's own input. */
    public Field(String name, JsonNode value, int line) {
        this(name, value, line, null);
    }

    /** The same field, marked as coming from another input. */
    public Field from(String otherSource) {
        return new Field(name, value, line, otherSource);
    }
}
