package dev.herald.server.page;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import dev.herald.core.query.Slugs;
import dev.herald.core.query.TagQuery;
import dev.herald.core.site.OpmlWriter;
import dev.herald.core.site.PageRenderer;
import dev.herald.core.site.TagCount;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.feed.ConditionalResponses;
import dev.herald.server.feed.RenderedDocument;
import dev.herald.server.problem.ProblemException;
import dev.herald.server.store.IndexEntry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The HTML pages, OPML and stylesheet of the URL space, from the same templates as the static build. */
@Path("/")
public class PageResource {

    private static final String HTML = "text/html; charset=utf-8";

    private final ArticleCatalog catalog;
    private final SiteSettings site;
    private final HeraldConfig config;
    private final PageRenderer pages;
    private final byte[] stylesheet = PageRenderer.stylesheet();

    public PageResource(ArticleCatalog catalog, SiteSettings site, HeraldConfig config) {
        this.catalog = catalog;
        this.site = site;
        this.config = config;
        this.pages = new PageRenderer(site);
    }

    @GET
    public Response index(@Context HttpHeaders headers) {
        List<Article> latest = catalog.select(TagQuery.latest(config.feedLimit()));
        return html(pages.index(latest, TagCount.of(catalog.entries())), latest, headers);
    }

    @GET
    @Path("tags/")
    public Response tags(@Context HttpHeaders headers) {
        return html(pages.tags(TagCount.of(catalog.entries())), catalog.entries(), headers);
    }

    @GET
    @Path("tags/{tag}/")
    public Response tag(@PathParam("tag") String tag, @Context HttpHeaders headers) {
        String slug = Slugs.tagSlug(tag);
        List<Article> latest = catalog.select(TagQuery.tagged(slug.isEmpty() ? tag : slug, config.feedLimit()));
        Tag label = latest.stream().flatMap(a -> a.tags().stream()).filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No article has the tag \"" + tag + "\"."));
        return html(pages.tag(label, latest), latest, headers);
    }

    @GET
    @Path("articles/{id}")
    public Response article(@PathParam("id") String id, @Context HttpHeaders headers) {
        Article article = catalog.find(id)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No article has the id \"" + id + "\"."));
        return html(pages.article(article), List.of(article), headers);
    }

    @GET
    @Path("opml.xml")
    public Response opml(@Context HttpHeaders headers) {
        List<IndexEntry> articles = catalog.entries();
        Instant updated = catalog.lastModified(articles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new OpmlWriter().write(site, TagCount.of(articles), updated, out);
        } catch (IOException e) {
            // writing to memory does no I/O
            throw new UncheckedIOException(e);
        }
        RenderedDocument document = RenderedDocument.of(out.toByteArray(), "text/x-opml; charset=utf-8", updated,
                catalog.version());
        return ConditionalResponses.respond(document, headers, config.cacheMaxAge());
    }

    @GET
    @Path("style.css")
    public Response stylesheet(@Context HttpHeaders headers) {
        RenderedDocument document = RenderedDocument.of(stylesheet, "text/css; charset=utf-8", Instant.EPOCH, 0);
        return ConditionalResponses.respond(document, headers, config.cacheMaxAge());
    }

    private Response html(String page, List<? extends Tagged> shown, HttpHeaders headers) {
        RenderedDocument document = RenderedDocument.of(page.getBytes(StandardCharsets.UTF_8), HTML, catalog.lastModified(shown),
                catalog.version());
        return ConditionalResponses.respond(document, headers, config.cacheMaxAge());
    }
}
