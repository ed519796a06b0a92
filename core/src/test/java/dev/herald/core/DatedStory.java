package dev.herald.core;

import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.time.Instant;
import java.util.List;

/** An article known only by its id and publication time: what selections, pages and sitemaps order by. */
public record DatedStory(String id, Instant published) implements Tagged {

    @Override
    public Instant updated() {
        return null;
    }

    @Override
    public List<Tag> tags() {
        return List.of();
    }
}
