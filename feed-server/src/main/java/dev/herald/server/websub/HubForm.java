package dev.herald.server.websub;

import dev.herald.server.problem.ProblemException;
import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The fields of a subscription request's form body, read as browsers and WebSub clients write
 * it (the URL standard's form encoding): a field's value runs from its first {@code =} to the
 * next {@code &}, so a callback or a topic with a query of its own keeps it even when its
 * {@code =} was sent unescaped ({@code curl -d hub.topic=…/feed.xml?tag=nato}).
 */
final class HubForm {

    private final Map<String, List<String>> fields;

    private HubForm(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static HubForm parse(String body) {
        try {
            return new HubForm(QueryStringDecoder.builder().hasPath(false).semicolonIsNormalChar(true)
                    .charset(StandardCharsets.UTF_8).build(body == null ? "" : body).parameters());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "The form is not valid: " + e.getMessage() + ".");
        }
    }

    /** The field's first value, or null when the form has none. */
    String first(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
