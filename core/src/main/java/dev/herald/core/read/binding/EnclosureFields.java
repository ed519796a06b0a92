package dev.herald.core.read.binding;

import static dev.herald.core.read.binding.FieldValues.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.core.model.Enclosure;
import dev.herald.core.problem.Problems;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code enclosures} key: a list of {@code {url, type, length}} media files. */
final class EnclosureFields {

    private static final Set<String> KEYS = Set.of("url", "type", "length");

    private EnclosureFields() {
    }

    static List<Enclosure> enclosures(Field field, FieldValues values, Problems problems) {
        if (!field.value().isArray()) {
            problems.error(field.line(), "enclosures", "must be a list of {url, type, length} objects, was "
                    + describe(field.value()));
            return List.of();
        }
        List<Enclosure> enclosures = new ArrayList<>();
        for (JsonNode item : field.value()) {
            if (!item.isObject()) {
                problems.error(field.line(), "enclosures", "each must be an object {url, type, length}, found "
                        + describe(item));
                continue;
            }
            if (!KeySuggestions.checkKeys(item, KEYS, "enclosures", field.line(), problems)) {
                continue;
            }
            Optional<URI> url = values.url(item.path("url"), "enclosures.url", field.line());
            Optional<String> type = values.mediaType(item.path("type"), "enclosures.type", field.line());
            long length = length(item.path("length"), field.line(), problems);
            if (url.isEmpty() && item.path("url").isMissingNode()) {
                problems.error(field.line(), "enclosures.url", "is required");
            }
            if (type.isEmpty() && item.path("type").isMissingNode()) {
                problems.error(field.line(), "enclosures.type", "is required (a MIME type such as audio/mpeg)");
            }
            if (url.isPresent() && type.isPresent() && length >= 0) {
                enclosures.add(new Enclosure(url.get(), type.get(), length));
            }
        }
        return enclosures;
    }

    private static long length(JsonNode value, int line, Problems problems) {
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().strip();
        if ((value.isNumber() || value.isTextual()) && text.matches("\\d{1,18}")) {
            return Long.parseLong(text);
        }
        problems.error(line, "enclosures.length", "must be a size in bytes (a whole number), was " + describe(value));
        return -1;
    }
}
