package dev.herald.server.catalog;

import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A committed write: the article before and after (either may be null for a creation or a
 * deletion). Fired after the store and the catalog both have it.
 */
public record ArticleChanged(Tagged before, Tagged after) {

    /** The slugs of every tag whose feeds the write changed: the old tags and the new. */
    public Set<String> tagSlugs() {
        Set<String> slugs = new LinkedHashSet<>();
        for (Tagged article : new Tagged[] {before, after}) {
            if (article != null) {
                article.tags().stream().map(Tag::slug).forEach(slugs::add);
            }
        }
        return slugs;
    }
}
