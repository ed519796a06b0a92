package dev.herald.core.model;

import java.time.Instant;
import java.util.List;

/**
 * What tag queries, tag counts, feed dates and publishing in time look at: an article's id,
 * dates, tags and publication state, without its text. {@link Article} is one; a server's index of many articles holds lighter ones.
 */
public interface Tagged {

    String id();

    Instant published();

    /** The last update, or null if never updated. */
    Instant updated();

    List<Tag> tags();

    /** Whether it is a draft: validated, stored, never published. */
    default boolean draft() {
        return false;
    }

    /** When it leaves every feed and page, or null if it stays. */
    default Instant expires() {
        return null;
    }

    /**
     * Whether it is public at {@code now}: not a draft, published at or before {@code now}
     * (an embargo lifts at its instant) and not yet expired.
     */
    default boolean isPublicAt(Instant now) {
        return !draft() && !published().isAfter(now) && !isExpiredAt(now);
    }

    /** Whether its {@code expires} instant has come (a draft's too). */
    default boolean isExpiredAt(Instant now) {
        return expires() != null && !expires().isAfter(now);
    }

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
