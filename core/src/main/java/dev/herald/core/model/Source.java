package dev.herald.core.model;

import java.net.URI;
import java.util.Objects;

/**
 * The agency or outlet an article comes from.
 *
 * @param name for example "Reuters", never blank
 * @param url  absolute URL of the outlet, or null
 */
public record Source(String name, URI url) {

    public Source {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
