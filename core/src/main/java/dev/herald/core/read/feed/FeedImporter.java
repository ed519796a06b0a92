package dev.herald.core.read.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import dev.herald.core.problem.Problems;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.ReadFailures;
import dev.herald.core.read.ReadResult;
import dev.herald.core.text.DateTimes;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.LanguageTags;
import dev.herald.core.text.PlainText;
import dev.herald.core.text.Summaries;
import dev.herald.core.text.Titles;
import dev.herald.core.text.XmlChars;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Document;

/**
 * Reads an existing RSS or Atom feed into articles through Rome (a JSON Feed through
 * {@link JsonFeedItems}, a Ghost export through {@link GhostExport}, a beehiiv one through
 * {@link BeehiivExport}, a Substack or Medium export through {@link ExportZip}), keeping ids, dates, authors, tags, links, images, enclosures and
 * sanitized HTML content. Documents with a DOCTYPE are refused, so no external entity or DTD is
 * ever loaded. An entry without a title gets one from its first words, one without a date the
 * channel's or the fallback date, each with a warning; what cannot be imported is reported and the
 * other entries are still imported. Thread-safe.
 */
public final class FeedImporter {

    /** Largest feed fetched, in bytes (32 MiB). */
    public static final int MAX_FEED_BYTES = 32 * 1024 * 1024;

    /**
     * Largest file read, in bytes (256 MiB): a site's export (WordPress's, Ghost's) holds every
     * post it ever had, in a Ghost export four times over (its editor's document, HTML, text).
     */
    public static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** One imported article and the entry it came from (its guid, else its link, else its title). */
    public record ImportedArticle(Article article, String entry) {
    }

    /** The articles imported and the problems met. */
    public record Import(List<ImportedArticle> articles, List<Problem> problems) {

        public Import {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }

        /** The same as a {@link ReadResult}, named by {@code source}. */
        public ReadResult asReadResult(String source) {
            return new ReadResult(articles.stream().map(a -> new SourcedArticle(a.article(), source, 0)).toList(),
                    problems);
        }
    }

    /**
     * The posts of a Jekyll or Hugo site's folder ({@link GeneratorPosts}), each with the file it
     * came from (named as under the folder); problems name the folder, or the post's file.
     */
    public Import importSiteFolder(Path folder, Instant fallbackPublished) throws IOException {
        Problems problems = new Problems(folder.toString());
        List<FeedItem> items = GeneratorPosts.items(folder, problems);
        if (items.isEmpty()) {
            problems.error(0, null, "no post found: a folder is imported as a Jekyll or Hugo site's posts, each a"
                    + " Markdown or HTML file that starts with front matter (a \"---\" or \"+++\" line)");
        }
        return new Import(articles(items, fallbackPublished, false, problems), problems.toList());
    }

    /** The articles of the feed in {@code xml}; problems name {@code source}. */
    public ReadResult read(String source, byte[] xml) {
        return importFeed(source, xml, null).asReadResult(source);
    }

    /**
     * The articles of the feed in {@code given} (RSS, Atom or JSON Feed), each with the entry it came from.
     *
     * @param source            the file or URL, for problems and (a URL) to resolve relative links
     * @param fallbackPublished date for entries that have none, when the feed has none either; may be null
     */
    public Import importFeed(String source, byte[] given, Instant fallbackPublished) {
        Problems problems = new Problems(source);
        if (given.length > MAX_FILE_BYTES) {
            problems.error(0, null, "feed is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            return new Import(List.of(), problems.toList());
        }
        byte[] bytes = FeedEncoding.utf8IfUtf16(given);
        URI documentBase = source.startsWith("http://") || source.startsWith("https://") ? AtomEntries.uri(source) : null;
        if (BeehiivExport.isExport(bytes)) {
            return new Import(articles(BeehiivExport.items(bytes, problems), fallbackPublished, false, problems),
                    problems.toList());
        }
        if (ExportZip.isZip(bytes)) {
            List<ImportedArticle> articles = zippedExport(bytes, problems)
                    .map(items -> articles(items, fallbackPublished, false, problems)).orElse(List.of());
            return new Import(articles, problems.toList());
        }
        if (JsonFeedItems.isJson(bytes)) {
            // a JSON Feed has no date of its own: entries without one take the --published date
            byte[] json = FeedEncoding.jsonAsUtf8(bytes, problems);
            Optional<List<FeedItem>> items = JsonFeedItems.tree(json, problems).flatMap(tree -> {
                Optional<JsonNode> ghost = GhostExport.data(tree);
                return ghost.isPresent() ? Optional.of(GhostExport.items(ghost.get(), problems))
                        : JsonFeedItems.of(tree, documentBase, problems);
            });
            List<ImportedArticle> articles = items.map(found -> articles(found, fallbackPublished, false, problems))
                    .orElse(List.of());
            return new Import(articles, problems.toList());
        }
        Optional<Document> document = FeedDocument.parse(bytes, source, problems);
        if (document.isEmpty()) {
            return new Import(List.of(), problems.toList());
        }
        UndeclaredAtom.adopt(document.get(), problems);
        List<RawEntry> raw = RawEntry.of(document.get());
        List<FeedItem> items;
        Instant feedDate;
        try {
            WireFeed feed = new WireFeedInput().build(document.get());
            if (feed instanceof Channel channel) {
                items = RssItems.of(channel, raw, documentBase);
                feedDate = ChannelDates.of(channel, document.get());
            } else if (feed instanceof Feed atom) {
                items = AtomEntries.of(atom, raw, documentBase);
                feedDate = atom.getUpdated() == null ? null : atom.getUpdated().toInstant();
            } else {
                problems.error(0, null, "not an RSS or Atom feed");
                return new Import(List.of(), problems.toList());
            }
        } catch (FeedException | RuntimeException | StackOverflowError e) {
            problems.error(0, null, "not a readable feed: " + romeFailure(e, document.get().getRootElement().getName()));
            return new Import(List.of(), problems.toList());
        }
        // "0001-01-01", as some publishers write for no date, is none
        feedDate = feedDate != null && DateTimes.isPublishable(feedDate) ? feedDate : null;
        List<ImportedArticle> articles = articles(items, feedDate != null ? feedDate : fallbackPublished,
                feedDate != null, problems);
        UnusedElements.report(raw, problems);
        return new Import(articles, problems.toList());
    }

    // the articles-to-be of the export in the zip: Substack's, else Medium's; empty, with a problem, for others
    private static Optional<List<FeedItem>> zippedExport(byte[] zip, Problems problems) {
        ExportZip export;
        try {
            export = ExportZip.read(zip);
        } catch (IOException | IllegalArgumentException e) {
            problems.error(0, null, "not a readable zip file: " + ReadFailures.describe(e));
            return Optional.empty();
        }
        if (export.postsCsv() != null) {
            return Optional.of(SubstackExport.items(export, problems));
        }
        if (MediumExport.isMedium(export)) {
            return Optional.of(MediumExport.items(export, problems));
        }
        problems.error(0, null, "a zip file, but no export Herald reads: it holds neither a Substack export's"
                + " posts.csv nor a Medium export's posts/*.html");
        return Optional.empty();
    }

    // the items as articles, each problem reported and the others imported
    private List<ImportedArticle> articles(List<FeedItem> items, Instant fallback, boolean fallbackIsFeeds,
            Problems problems) {
        List<ImportedArticle> articles = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        ExportTally tally = new ExportTally();
        for (FeedItem item : items) {
            if (!tally.takes(item)) {
                continue;
            }
            try {
                Optional<ImportedArticle> article = article(item, fallback, fallbackIsFeeds, usedIds, problems);
                article.ifPresent(articles::add);
                article.ifPresent(imported -> tally.imported(item));
            } catch (RuntimeException | StackOverflowError e) {
                problemsOf(item, problems).error(0, null, where(item) + " cannot be imported: "
                        + ReadFailures.describe(e));
            }
        }
        tally.report(problems);
        return articles;
    }

    private Optional<ImportedArticle> article(FeedItem item, Instant fallback, boolean fallbackIsFeeds,
            Set<String> usedIds, Problems all) {
        Problems problems = problemsOf(item, all);
        String where = where(item);
        String html = XmlChars.strip(sanitizer.sanitize(item.html()));
        FigureExtractor.Split split = FigureExtractor.split(html);
        if (item.image() != null && split.image().isPresent() && !samePicture(item.image(), split.image().get())) {
            split = new FigureExtractor.Split(null, html); // another picture than the item's own: it stays in the body
        }
        String given = clean(item.summary());
        String summary = given != null ? given : Summaries.fromHtml(split.html());
        String title = clean(item.title());
        if (title == null) {
            title = Titles.fromText(summary);
            if (title == null) {
                problems.error(0, "title", where + " has neither a title nor text to make one from; skipped");
                return Optional.empty();
            }
            problems.warning(0, "title", where + " has no title; made one from its text: \"" + title + "\"");
        }
        Instant published = item.published();
        if (published != null && !DateTimes.isPublishable(published)) {
            published = null; // "0001-01-01T00:00:00", as some publishers write for no date
        }
        if (published == null) {
            String written = item.published() != null
                    ? "has a date before " + DateTimes.FIRST_GREGORIAN_YEAR + ", taken for none"
                    : item.dateText() == null ? "has no date"
                    : "has a date Herald cannot read: \"" + item.dateText() + "\"";
            if (fallback == null) {
                problems.error(0, "published", where + " (\"" + title + "\") " + written
                        + "; skipped (--published gives entries without one a date)");
                return Optional.empty();
            }
            published = fallback;
            problems.warning(0, "published", where + " (\"" + title + "\") " + written + "; dated " + fallback
                    + (fallbackIsFeeds ? ", the feed's date" : ", the --published date"));
        }
        Image image = merge(item.image(), split.image().orElse(null));
        String key = ImportIds.key(item.guid(), item.link(), title);
        String id = item.exported() == null ? ImportIds.of(key) : ImportIds.ofSlug(item.exported().slug(), key);
        if (!usedIds.add(id)) {
            id = ImportIds.withHash(id, key + "#" + item.number());
            usedIds.add(id);
            problems.warning(0, "id", where + " (\"" + title + "\") has the guid or link of an earlier entry; id " + id);
        }
        // an exported draft, post awaiting review or private post stays unpublished
        boolean draft = item.exported() != null && item.exported().isUnpublished();
        Article article = new Article(id, title, summary, split.html(),
                published, item.updated() != null && item.updated().isAfter(published) ? item.updated() : null,
                item.authors(), tags(item.tags()), AtomEntries.uri(item.link()), image, item.source(),
                language(item.language()), item.enclosures(), draft, null);
        return Optional.of(new ImportedArticle(article, key));
    }

    // Rome's own words name its classes or say little ("Invalid document"): say what is wrong instead
    private static String romeFailure(Throwable failure, String root) {
        if ("Invalid document".equals(failure.getMessage())) {
            return "the root element <" + root + "> is not RSS's or Atom's, in a version Rome reads";
        }
        if (failure instanceof FeedException) {
            return ReadFailures.describe(failure);
        }
        String example = switch (root) {
            case "rss", "RDF" -> " (an <" + root + "> needs a <channel>)";
            default -> "";
        };
        return "it lacks the structure its root element <" + root + "> calls for" + example;
    }

    private static List<Tag> tags(List<String> labels) {
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        for (String label : labels) {
            Slugs.tag(PlainText.clean(label)).ifPresent(tag -> bySlug.putIfAbsent(tag.slug(), tag));
        }
        return List.copyOf(bySlug.values());
    }

    // a post that is a file of its own is named by its file, an entry of a feed or export by its place
    private static Problems problemsOf(FeedItem item, Problems all) {
        String file = item.exported() == null ? null : item.exported().file();
        return file == null ? all : all.forSource(file);
    }

    private static String where(FeedItem item) {
        boolean ownFile = item.exported() != null && item.exported().file() != null;
        return ownFile ? "the post" : "entry " + item.number();
    }

    // the same file, whatever size or crop its query asks for (a thumbnail's ?w=300), or an image without a URL
    private static boolean samePicture(Image one, Image other) {
        if (one.url() == null || other.url() == null) {
            return true;
        }
        String onePath = one.url().getPath();
        String otherPath = other.url().getPath();
        return onePath != null && otherPath != null && onePath.substring(onePath.lastIndexOf('/') + 1)
                .equals(otherPath.substring(otherPath.lastIndexOf('/') + 1));
    }

    private static Image merge(Image fromFeed, Image fromFigure) {
        if (fromFeed == null || fromFigure == null) {
            return fromFeed != null ? fromFeed : fromFigure;
        }
        return new Image(fromFeed.url() != null ? fromFeed.url() : fromFigure.url(),
                fromFeed.caption() != null ? fromFeed.caption() : fromFigure.caption(),
                fromFeed.credit() != null ? fromFeed.credit() : fromFigure.credit(),
                fromFeed.alt() != null ? fromFeed.alt() : fromFigure.alt());
    }

    // feeds write en_US, English and en-us alike
    private static String language(String tag) {
        return LanguageTags.lenient(tag).orElse(null);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = PlainText.clean(text).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
