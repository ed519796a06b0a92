package dev.herald.core.model;

import java.time.Instant;
import java.util.List;

/**
 * What tag queries, tag counts and feed dates look at: an article's id, dates and tags, without
 * its text. {@link Article} is one; a server's index of many articles holds lighter ones.
 */
public interface Tagged {

    String id();

    Instant published();

    /** The last update, or null if never updated. */
    Instant updated();

    List<Tag> tags();

    /** The last time the article changed: {@code updated} if set, else {@code published}. */
    default Instant lastModified() {
        return updated() != null ? updated() : published();
    }

    /** Whether the article carries a tag with this slug. */
    default boolean hasTag(String slug) {
        for (Tag tag : tags()) {
            if (tag.slug().equals(slug)) {
                return true;
            }
        }
        return false;
    }
}
