package dev.herald.core.model;

import java.net.URI;
import java.util.Objects;

/**
 * A person credited with an article.
 *
 * @param name  display name, never blank
 * @param email e-mail address, or null if none
 * @param url   absolute home page, or null if none
 */
public record Author(String name, String email, URI url) {

    public Author {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /** An author known by name only. */
    public static Author named(String name) {
        return new Author(name, null, null);
    }
}
