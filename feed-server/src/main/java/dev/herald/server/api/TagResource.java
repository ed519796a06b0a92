package dev.herald.server.api;

import dev.herald.core.site.TagCount;
import dev.herald.server.catalog.ArticleCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/tags}: every tag with its slug, label and article count, most used first. */
@Path("/api/tags")
public class TagResource {

    /** One tag in the listing. */
    public record TagEntry(String slug, String label, int count) {
    }

    private final ArticleCatalog catalog;

    public TagResource(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TagEntry> tags() {
        return TagCount.of(catalog.entries()).stream()
                .map(t -> new TagEntry(t.tag().slug(), t.tag().label(), t.count())).toList();
    }
}
