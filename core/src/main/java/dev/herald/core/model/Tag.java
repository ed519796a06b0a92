package dev.herald.core.model;

import java.util.Objects;

/**
 * A tag as written by an editor, with the slug used in URLs and for matching.
 *
 * @param label the tag as written, e.g. "North Korea"
 * @param slug  its URL form, e.g. {@code north-korea}; never empty
 */
public record Tag(String label, String slug) {

    public Tag {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(slug, "slug");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("slug must not be empty (label was \"" + label + "\")");
        }
    }
}
