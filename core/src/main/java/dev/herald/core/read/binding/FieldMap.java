package dev.herald.core.read.binding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.core.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one article object in input order, before validation. Readers of every format
 * produce one, so that a single binder checks them all alike.
 */
public final class FieldMap {

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final int line;

    /** An empty object that starts on {@code line} (1-based, 0 if unknown). */
    public FieldMap(int line) {
        this.line = line;
    }

    /** The line the object starts on, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** Adds or replaces a field; returns the field it replaced, if any. */
    public Optional<Field> put(Field field) {
        return Optional.ofNullable(fields.put(field.name(), field));
    }

    public Optional<Field> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public boolean contains(String name) {
        return fields.containsKey(name);
    }

    public Optional<Field> remove(String name) {
        return Optional.ofNullable(fields.remove(name));
    }

    /** The value of a key as trimmed, non-blank text; empty (and a problem if it is not text) otherwise. */
    public Optional<String> text(String key, Problems problems) {
        Optional<Field> field = find(key);
        if (field.isEmpty() || field.get().value().isNull()) {
            return Optional.empty();
        }
        JsonNode value = field.get().value();
        if (!value.isTextual() || value.asText().isBlank()) {
            // a title of digits reads as a number in YAML: say so, as for an article's fields
            problems.error(field.get().line(), key,
                    value.isTextual() ? "must be non-blank text" : "must be text, was " + FieldValues.describe(value));
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** The value of a key as a list of trimmed, non-blank texts; a problem for each that is not. */
    public List<String> texts(String key, Problems problems) {
        Optional<Field> field = find(key);
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (!field.get().value().isArray()) {
            problems.error(field.get().line(), key, "must be a list of strings" + FieldValues.listHint(field.get().value()));
            return items;
        }
        for (JsonNode item : field.get().value()) {
            if (item.isTextual() && !item.asText().isBlank()) {
                items.add(item.asText().strip());
            } else {
                problems.error(field.get().line(), key, "must be a list of non-blank strings");
            }
        }
        return items;
    }

    /** All fields in input order, unmodifiable. */
    public Collection<Field> all() {
        return Collections.unmodifiableCollection(fields.values());
    }
}
