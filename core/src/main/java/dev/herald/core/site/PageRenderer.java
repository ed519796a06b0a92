package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML pages of a site, rendered with Qute templates from this package's {@code templates}
 * folder: one implementation for the static build and the live server. Values are HTML-escaped;
 * only sanitized article content is written raw. Templates are parsed once. Thread-safe.
 */
public final class PageRenderer {

    private static final String TEMPLATES = "dev/herald/core/site/templates/";
    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    /** How a list page sets its teasers apart, for taking them from an older page written before. */
    public static final SplicingFeedWriter.Layout TEASERS = new SplicingFeedWriter.Layout("\n", "\n",
            "<article class=\"teaser\"", "</article>", "\n<nav class=\"pagination\"");

    // stands for the teasers in a page rendered without them: a NUL is in no rendered text
    private static final String TEASERS_MARKER = "\0teasers\0";

    private final SiteSettings site;
    private final PageLabels labels;
    private final Template article;
    private final Template list;
    private final Template teaser;
    private final Template tags;
    private final Template archive;
    private final Template missing;

    public PageRenderer(SiteSettings site) {
        this.site = site;
        this.labels = PageLabels.of(site.language());
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addValueResolver(ValueResolvers.rawResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .addLocator(PageRenderer::locate)
                .removeStandaloneLines(true)
                .build();
        article = engine.getTemplate("article.html");
        list = engine.getTemplate("list.html");
        teaser = engine.getTemplate("teaser.html");
        tags = engine.getTemplate("tags.html");
        archive = engine.getTemplate("archive.html");
        missing = engine.getTemplate("missing.html");
    }

    /** Links from a list page to its newer and older neighbours, and up to the index it belongs to. */
    public record Pagination(String newerUrl, String olderUrl, String upUrl) {
    }

    /** A month in the archive index. */
    public record MonthLink(String name, String url, int count) {
    }

    /** A year's months in the archive index. */
    public record YearLinks(int year, List<MonthLink> months) {
    }

    /** The page of one article, at {@link SitePaths#article}. */
    public String article(Article article) {
        ArticleView view = ArticleView.of(article, site);
        PageHead head = head(article.title() + " – " + site.title(), article.summary(), mainFeeds(), view.url(),
                LinkPreviews.article(view, site));
        return this.article.data("page", head).data("article", view).render();
    }

    /**
     * The home page: the latest articles (selected and sorted), every tag with its count, and a
     * link to the newest of {@code archives} older pages.
     */
    public String index(List<Article> latest, List<TagCount> tagCounts, int archives) {
        PageHead head = listHead(site.title(), site.title(), site.description(), mainFeeds(), SitePaths.INDEX);
        return list.data(Map.of("page", head, "heading", site.title(), "intro", site.description(),
                "teasers", teasers(latest), "tags", summaries(tagCounts),
                "pagination", pagination(null, 0, archives))).render();
    }

    /** The page of one tag: its latest articles (selected and sorted), its feeds, and its older pages. */
    public String tag(Tag tag, List<Article> latest, int archives) {
        PageHead head = listHead(tag.label() + " – " + site.title(), tag.label(),
                labels.get("taggedDescription", tag.label()), tagFeeds(tag), SitePaths.tag(tag.slug()));
        return list.data(Map.of("page", head, "heading", tag.label(), "intro", labels.get("taggedIntro", tag.label()),
                "teasers", teasers(latest), "tags", List.of(),
                "pagination", pagination(tag.slug(), 0, archives))).render();
    }

    /**
     * Older page {@code n} of {@code archives} (1 = the oldest) of the home page or, with a tag,
     * of the tag's page: the articles archive document {@code n} holds, linked to its neighbours.
     */
    public String olderPage(Tag tag, int n, int archives, List<Article> articles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            olderPage(tag, n, archives, articles, SplicingFeedWriter.KnownEntries.NONE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@link #olderPage(Tag, int, int, List) older page} {@code n} to {@code out} in UTF-8,
     * taking each teaser {@code known} has as it is given; {@code known} hears every teaser the
     * page got (the same bytes for the same article on every list page).
     */
    public void olderPage(Tag tag, int n, int archives, List<Article> articles, SplicingFeedWriter.KnownEntries known,
            OutputStream out) throws IOException {
        String name = tag == null ? site.title() : tag.label();
        String title = labels.get("pageTitle", name, n);
        PageHead head = listHead(title + " – " + site.title(), title, labels.get("olderOf", name),
                tag == null ? mainFeeds() : tagFeeds(tag), SitePaths.listPage(tag == null ? null : tag.slug(), n));
        Map<String, Object> data = new HashMap<>(Map.of("page", head, "heading", title, "intro", "",
                "teasers", articles.isEmpty() ? List.of() : List.of(TEASERS_MARKER), "tags", List.of(),
                "pagination", pagination(tag == null ? null : tag.slug(), n, archives)));
        String frame = list.data(data).render();
        if (articles.isEmpty()) {
            out.write(frame.getBytes(StandardCharsets.UTF_8)); // the whole page, which says it has none
            return;
        }
        int at = frame.indexOf(TEASERS_MARKER);
        if (at != frame.lastIndexOf(TEASERS_MARKER)) {
            // a title that holds the marker too: rendered whole
            data.put("teasers", teasers(articles));
            out.write(list.data(data).render().getBytes(StandardCharsets.UTF_8));
            return;
        }
        out.write(frame.substring(0, at).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < articles.size(); i++) {
            SplicingFeedWriter.Piece piece = known.entry(i);
            if (piece == null) {
                byte[] bytes = teaser(articles.get(i)).getBytes(StandardCharsets.UTF_8);
                piece = new SplicingFeedWriter.Piece(bytes, 0, bytes.length);
            }
            known.written(i, piece);
            if (i > 0) {
                out.write('\n');
            }
            out.write(piece.document(), piece.from(), piece.length());
        }
        out.write(frame.substring(at + TEASERS_MARKER.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** The page of every article of one month, newest first. */
    public String month(YearMonth month, List<Article> articles) {
        String name = labels.month(month);
        PageHead head = listHead(name + " – " + site.title(), name, labels.get("everyArticleOf", name), mainFeeds(),
                SitePaths.month(month));
        return list.data(Map.of("page", head, "heading", name, "intro", labels.get("everyArticleOfIntro", name),
                "teasers", teasers(articles), "tags", List.of(),
                "pagination", new Pagination(null, null, site.url(SitePaths.ARCHIVE)))).render();
    }

    /** The index of the month pages, by year, newest first. */
    public String archive(List<MonthCount> months) {
        String heading = labels.get("archive");
        PageHead head = listHead(heading + " – " + site.title(), heading, labels.get("everyMonthOf", site.title()),
                mainFeeds(), SitePaths.ARCHIVE);
        Map<Integer, List<MonthLink>> byYear = new LinkedHashMap<>();
        for (MonthCount month : months) {
            byYear.computeIfAbsent(month.month().getYear(), year -> new ArrayList<>()).add(new MonthLink(
                    labels.monthName(month.month()), site.url(SitePaths.month(month.month())), month.count()));
        }
        List<YearLinks> years = byYear.entrySet().stream().map(e -> new YearLinks(e.getKey(), e.getValue())).toList();
        return archive.data("page", head).data("years", years).render();
    }

    /** The page a browser is shown for an address with no page (404), leading back to the site's lists. */
    public String notFound() {
        return missing(labels.get("notFound"), labels.get("notFoundMessage"));
    }

    /** The page a browser is shown for an article that has expired (410). */
    public String withdrawn() {
        return missing(labels.get("withdrawn"), labels.get("withdrawnMessage"));
    }

    private String missing(String heading, String message) {
        PageHead head = head(heading + " – " + site.title(), "", mainFeeds(), null, List.of());
        // the way back: links, with the site's addresses put into the sentence of the site's language
        String links = labels.get("missingLinks").replace("{home}", attribute(head.homeUrl()))
                .replace("{archive}", attribute(head.archiveUrl()))
                .replace("{tags}", attribute(head.tagsUrl()));
        return missing.data("page", head).data("heading", heading).data("message", message).data("links", links)
                .render();
    }

    // a URL in a double-quoted attribute
    private static String attribute(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }

    // page 0 is the current page (the home page or a tag's page)
    private Pagination pagination(String slug, int n, int archives) {
        String newer = n == 0 ? null : site.url(n == archives ? SitePaths.listPage(slug) : SitePaths.listPage(slug, n + 1));
        int older = n == 0 ? archives : n - 1;
        return new Pagination(newer, older >= 1 ? site.url(SitePaths.listPage(slug, older)) : null, null);
    }

    /** The list of every tag with its count and feeds, at {@link SitePaths#TAGS}. */
    public String tags(List<TagCount> tagCounts) {
        String heading = labels.get("tags");
        PageHead head = listHead(heading + " – " + site.title(), heading, labels.get("everyTagOf", site.title()),
                mainFeeds(), SitePaths.TAGS);
        return tags.data("page", head).data("tags", summaries(tagCounts)).render();
    }

    // a list of articles at its path: its own canonical address, previewed as a website's page
    private PageHead listHead(String title, String shortTitle, String description, List<PageHead.FeedLink> feeds,
            String path) {
        String url = site.url(path);
        return head(title, description, feeds, url, LinkPreviews.list(shortTitle, description, url, site));
    }

    private PageHead head(String title, String description, List<PageHead.FeedLink> feeds, String canonicalUrl,
            List<PageHead.Meta> meta) {
        return new PageHead(site.language(), title, description, site.title(), site.url(SitePaths.INDEX),
                site.url(SitePaths.TAGS), site.url(SitePaths.ARCHIVE), site.url(SitePaths.OPML),
                site.url(SitePaths.STYLESHEET), feeds, canonicalUrl, meta, labels.words());
    }

    /** The stylesheet every page links to, served at {@link SitePaths#STYLESHEET}. */
    public static byte[] stylesheet() {
        try (InputStream in = PageRenderer.class.getResourceAsStream("style.css")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("style.css is missing from the jar", e);
        }
    }

    private List<PageHead.FeedLink> mainFeeds() {
        List<PageHead.FeedLink> feeds = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            feeds.add(new PageHead.FeedLink(format.mediaType(), site.title() + " (" + label(format) + ")",
                    site.url(SitePaths.feed(format)), label(format)));
        }
        return feeds;
    }

    private List<PageHead.FeedLink> tagFeeds(Tag tag) {
        List<PageHead.FeedLink> feeds = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            feeds.add(new PageHead.FeedLink(format.mediaType(), site.title() + ": " + tag.label() + " (" + label(format) + ")",
                    site.url(SitePaths.tagFeed(tag.slug(), format)), label(format)));
        }
        return feeds;
    }

    // each article's teaser as every list page shows it
    private List<String> teasers(List<Article> articles) {
        return articles.stream().map(this::teaser).toList();
    }

    private String teaser(Article article) {
        String html = teaser.data("article", Teaser.of(article, site)).data("language", site.language()).render();
        return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    }

    private List<TagSummary> summaries(List<TagCount> tagCounts) {
        return tagCounts.stream().map(t -> TagSummary.of(t, site)).toList();
    }

    private static String label(FeedFormat format) {
        return switch (format) {
            case RSS -> "RSS";
            case ATOM -> "Atom";
            case JSON -> "JSON Feed";
        };
    }

    private static Optional<TemplateLocation> locate(String id) {
        // {#include base} names a template without its suffix
        String name = id.endsWith(".html") ? id : id + ".html";
        if (PageRenderer.class.getClassLoader().getResource(TEMPLATES + name) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream(TEMPLATES + name);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        });
    }
}
