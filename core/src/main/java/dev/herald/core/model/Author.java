package dev.herald.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person credited with an article.
 *
 * @param name  display name, never blank
 * @param email e-mail address, or null if none
 * @param url   absolute home page, or null if none
 */
public record Author(String name, String email, URI url) {

    /**
     * An address as feed validators accept it (RFC 5322's dot-atom form, which Atom's
     * {@code atomEmailAddress} and the W3C validator check): {@code local@domain.tld}.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+)*"
                    + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public Author {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (email != null && !isEmail(email)) {
            throw new IllegalArgumentException("email must look like name@example.org, was \"" + email + "\"");
        }
    }

    /** Whether {@code text} is an e-mail address feeds may carry. */
    public static boolean isEmail(String text) {
        return text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    /** An author known by name only. */
    public static Author named(String name) {
        return new Author(name, null, null);
    }
}
