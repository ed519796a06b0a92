package dev.herald.server.feed;

import dev.herald.core.query.Slugs;
import dev.herald.server.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;

/**
 * The tag a path's segment names ({@code /tags/{segment}/feed.xml}): its slug. A segment of no
 * letter or digit ({@code %21%21}, a lone direction mark) slugs to nothing and names no tag.
 */
final class TagPaths {

    private TagPaths() {
    }

    static Optional<String> slug(String segment) {
        String slug = Slugs.tagSlug(segment);
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** The slug, or a 404 problem when the segment names no tag. */
    static String require(String segment) {
        return slug(segment).orElseThrow(() -> new ProblemException(Status.NOT_FOUND,
                "No tag has this address: a tag's slug has a letter or a digit."));
    }
}
