package dev.herald.core.read.binding;

import dev.herald.core.model.Tag;
import java.time.Instant;
import java.util.List;

/**
 * What an article gets for keys its input leaves out.
 *
 * @param id                id to use without an {@code id} key (the file name's slug), or null
 *                          to derive one from the title (the API's rule)
 * @param published         publication time without a {@code published} key, or null to
 *                          require the key
 * @param publishedWarning  the warning to give when {@code published} is used, or null for none
 * @param suggestedTags     tags to use without a {@code tags} key, possibly empty
 */
public record ArticleDefaults(String id, Instant published, String publishedWarning, List<Tag> suggestedTags) {

    public ArticleDefaults {
        suggestedTags = List.copyOf(suggestedTags);
    }

    /** Defaults for an article file: the id from its name, and nothing else. */
    public static ArticleDefaults forFile(String idFromName) {
        return new ArticleDefaults(idFromName, null, null, List.of());
    }

    /** Defaults for an article without a file (the API): the id from the title. */
    public static ArticleDefaults fromTitle() {
        return new ArticleDefaults(null, null, null, List.of());
    }
}
