package dev.herald.server.page;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import dev.herald.core.query.ArchivePages;
import dev.herald.core.query.Slugs;
import dev.herald.core.site.MonthCount;
import dev.herald.core.site.OpmlWriter;
import dev.herald.core.site.PageRenderer;
import dev.herald.core.site.SitePaths;
import dev.herald.core.site.TagCount;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.feed.ArchiveNumbers;
import dev.herald.server.feed.ConditionalResponses;
import dev.herald.server.feed.RenderedDocument;
import dev.herald.server.problem.ProblemException;
import dev.herald.server.store.IndexEntry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The HTML pages (with their older pages and the month archive), OPML, sitemaps, robots.txt, the
 * stylesheet and the 404 page of the URL space, from the same templates as the static build.
 */
@Path("/")
public class PageResource {

    private static final String HTML = "text/html; charset=utf-8";

    private final ArticleCatalog catalog;
    private final SiteSettings site;
    private final HeraldConfig config;
    private final PageRenderer renderer;
    private final SitemapDocuments sitemaps;
    private volatile Months months = new Months(-1, List.of());
    private final byte[] stylesheet = PageRenderer.stylesheet();
    private final RenderedDocument notFoundPage;

    public PageResource(ArticleCatalog catalog, SiteSettings site, HeraldConfig config, SitemapDocuments sitemaps) {
        this.catalog = catalog;
        this.site = site;
        this.config = config;
        this.sitemaps = sitemaps;
        this.renderer = new PageRenderer(site);
        byte[] notFound = renderer.notFound().getBytes(StandardCharsets.UTF_8);
        this.notFoundPage = RenderedDocument.of(notFound, HTML, Instant.EPOCH, 0);
    }

    @GET
    public Response index(@Context HttpHeaders headers) {
        ArchivePages<IndexEntry> pages = ArchivePages.of(catalog.entries(), config.feedLimit());
        List<Article> latest = catalog.articles(pages.current());
        return html(renderer.index(latest, TagCount.of(catalog.entries()), pages.count()), latest, headers);
    }

    @GET
    @Path("page/{n}/")
    public Response olderPage(@PathParam("n") String n, @Context HttpHeaders headers) {
        return olderPage(null, n, catalog.entries(), headers);
    }

    @GET
    @Path("tags/")
    public Response tags(@Context HttpHeaders headers) {
        return html(renderer.tags(TagCount.of(catalog.entries())), catalog.entries(), headers);
    }

    @GET
    @Path("tags/{tag}/")
    public Response tag(@PathParam("tag") String tag, @Context HttpHeaders headers) {
        Tag label = tagOf(tag);
        ArchivePages<IndexEntry> pages = ArchivePages.of(catalog.entriesTagged(label.slug()), config.feedLimit());
        List<Article> latest = catalog.articles(pages.current());
        return html(renderer.tag(label, latest, pages.count()), latest, headers);
    }

    @GET
    @Path("tags/{tag}/page/{n}/")
    public Response olderTagPage(@PathParam("tag") String tag, @PathParam("n") String n, @Context HttpHeaders headers) {
        Tag label = tagOf(tag);
        return olderPage(label, n, catalog.entriesTagged(label.slug()), headers);
    }

    @GET
    @Path("archive/")
    public Response archive(@Context HttpHeaders headers) {
        return html(renderer.archive(monthCounts()), catalog.entries(), headers);
    }

    @GET
    @Path("archive/{year}/{month}/")
    public Response month(@PathParam("year") String year, @PathParam("month") String month, @Context HttpHeaders headers) {
        YearMonth asked = yearMonth(year, month)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "There is no month archive " + year + "/" + month + "."));
        List<IndexEntry> published = MonthCount.in(asked, catalog.entries());
        if (published.isEmpty()) {
            throw new ProblemException(Status.NOT_FOUND, "No article was published in " + asked + ".");
        }
        List<Article> articles = catalog.articlesOfHistory(published);
        return stable(renderer.month(asked, articles), articles, headers);
    }

    @GET
    @Path("{name: sitemap\\.xml|news-sitemap\\.xml}")
    public Response sitemap(@PathParam("name") String name, @Context HttpHeaders headers) {
        return sitemapDocument("/" + name, headers);
    }

    @GET
    @Path("sitemaps/{n}.xml")
    public Response sitemapPart(@PathParam("n") String n, @Context HttpHeaders headers) {
        // a part that is no number is as missing as one past the last, and named as asked for
        return sitemapDocument(ArchiveNumbers.parse(n).map(SitePaths::sitemapPart).orElse("/sitemaps/" + n + ".xml"),
                headers);
    }

    @GET
    @Path("robots.txt")
    public Response robots(@Context HttpHeaders headers) {
        return ConditionalResponses.respond(sitemaps.robots(), headers, config.cacheMaxAge());
    }

    /** The page a static build writes for static hosts to show (a site's own {@code 404.html} comes first). */
    @GET
    @Path("404.html")
    public Response notFoundPage(@Context HttpHeaders headers) {
        return ConditionalResponses.respond(notFoundPage, headers, config.cacheMaxAge());
    }

    private Response sitemapDocument(String path, HttpHeaders headers) {
        RenderedDocument document = sitemaps.find(path)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "There is no sitemap at " + path + "."));
        return ConditionalResponses.respond(document, headers, config.cacheMaxAge());
    }

    private Response olderPage(Tag tag, String n, List<IndexEntry> newestFirst, HttpHeaders headers) {
        ArchivePages<IndexEntry> pages = ArchivePages.of(newestFirst, config.feedLimit());
        int page = ArchiveNumbers.parse(n).filter(pages::has)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "There is no page " + n + " of "
                        + SitePaths.listPage(tag == null ? null : tag.slug()) + "."));
        List<Article> articles = catalog.articlesOfHistory(pages.page(page));
        return stable(renderer.olderPage(tag, page, pages.count(), articles), articles, headers);
    }

    // counted once per change of the catalog: a pass over every article
    private List<MonthCount> monthCounts() {
        Months known = months;
        long version = catalog.version();
        if (known.version() != version) {
            known = new Months(version, MonthCount.counts(catalog.entries()));
            months = known;
        }
        return known.counts();
    }

    private record Months(long version, List<MonthCount> counts) {
    }

    private Tag tagOf(String tag) {
        String slug = Slugs.tagSlug(tag);
        for (IndexEntry entry : catalog.entries()) {
            for (Tag known : entry.tags()) {
                if (known.slug().equals(slug)) {
                    return known;
                }
            }
        }
        throw new ProblemException(Status.NOT_FOUND, "No article has the tag \"" + tag + "\".");
    }

    private static Optional<YearMonth> yearMonth(String year, String month) {
        if (!year.matches("[0-9]{4}") || !month.matches("[0-9]{2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(month);
        return number >= 1 && number <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(year), number)) : Optional.empty();
    }

    @GET
    @Path("articles/{id}")
    public Response article(@PathParam("id") String id, @Context HttpHeaders headers) {
        Optional<Article> found = catalog.find(id);
        if (found.isEmpty() && catalog.hasExpired(id)) {
            throw new ProblemException(Status.GONE, "The article \"" + id + "\" has expired and is no longer published.");
        }
        // a draft or an embargoed article is answered exactly as an unknown one: nothing leaks
        Article article = found
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No article has the id \"" + id + "\"."));
        return html(renderer.article(article), List.of(article), headers);
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

    // an older page or a month changes only with its own articles: its Last-Modified is theirs, not the last write's
    private Response stable(String page, List<Article> shown, HttpHeaders headers) {
        Instant lastModified = shown.stream().map(Article::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
        RenderedDocument document = RenderedDocument.of(page.getBytes(StandardCharsets.UTF_8), HTML, lastModified,
                catalog.version());
        return ConditionalResponses.respond(document, headers, config.cacheMaxAge());
    }

    private Response html(String page, List<? extends Tagged> shown, HttpHeaders headers) {
        RenderedDocument document = RenderedDocument.of(page.getBytes(StandardCharsets.UTF_8), HTML, catalog.lastModified(shown),
                catalog.version());
        return ConditionalResponses.respond(document, headers, config.cacheMaxAge());
    }
}
