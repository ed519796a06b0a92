package dev.herald.server.store;

import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article in the catalog's index: what feeds are selected by, a few dozen bytes where the
 * whole article with its text takes kilobytes, so a store of 100,000 articles fits in memory.
 */
public record IndexEntry(String id, Instant published, Instant updated, List<Tag> tags, boolean draft, Instant expires)
        implements Tagged {

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        tags = List.copyOf(tags);
    }

    public static IndexEntry of(Article article) {
        return new IndexEntry(article.id(), article.published(), article.updated(), article.tags(), article.draft(),
                article.expires());
    }
}
