package dev.herald.core.read.binding;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** All fields in input order, unmodifiable. */
    public Collection<Field> all() {
        return Collections.unmodifiableCollection(fields.values());
    }
}
