package dev.herald.core.read.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problems;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.SourcedArticle;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.Summaries;
import dev.herald.core.text.XmlChars;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.InputSource;

/**
 * Reads an existing RSS or Atom feed into articles through Rome, keeping ids, dates, authors,
 * tags, links, images and sanitized HTML content. Documents with a DOCTYPE are refused, so no
 * external entity or DTD is ever loaded. Entries without a title or date are problems; the
 * others are still imported. Thread-safe.
 */
public final class FeedImporter {

    /** Largest feed read, in bytes (32 MiB). */
    public static final int MAX_FEED_BYTES = 32 * 1024 * 1024;

    /** Herald's ids, {@code tag:host,year:id}, give back the article id they were made from. */
    private static final Pattern TAG_URI = Pattern.compile("tag:[^,]+,\\d{4}(?:-\\d{2}){0,2}:(.+)");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** The articles of the feed in {@code xml}; problems name {@code source}. */
    public ReadResult read(String source, byte[] xml) {
        Problems problems = new Problems(source);
        List<FeedItem> items = items(xml, problems);
        List<SourcedArticle> articles = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (FeedItem item : items) {
            Article article = article(item, usedIds, problems);
            if (article != null) {
                articles.add(new SourcedArticle(article, source, 0));
            }
        }
        return new ReadResult(articles, problems.toList());
    }

    private static List<FeedItem> items(byte[] xml, Problems problems) {
        if (xml.length > MAX_FEED_BYTES) {
            problems.error(0, null, "feed is larger than " + MAX_FEED_BYTES / (1024 * 1024) + " MiB");
            return List.of();
        }
        WireFeedInput input = new WireFeedInput();
        // A DOCTYPE is how external entities (file:///etc/passwd) get in: refuse the document
        input.setAllowDoctypes(false);
        try {
            WireFeed feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
            if (feed instanceof Channel channel) {
                return RssItems.of(channel);
            }
            if (feed instanceof Feed atom) {
                return AtomEntries.of(atom);
            }
            problems.error(0, null, "not an RSS or Atom feed");
        } catch (ParsingFeedException e) {
            problems.error(Math.max(e.getLineNumber(), 0), null, "not a readable feed: " + reason(e));
        } catch (FeedException | IllegalArgumentException e) {
            problems.error(0, null, "not a readable feed: " + reason(e));
        }
        return List.of();
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = cause.getMessage();
        if (message != null && message.contains("DOCTYPE")) {
            return "it declares a DOCTYPE, which Herald refuses (no DTDs or external entities are read)";
        }
        return message;
    }

    private Article article(FeedItem item, Set<String> usedIds, Problems problems) {
        String where = "entry " + item.number();
        String title = clean(item.title());
        if (title == null) {
            problems.error(0, "title", where + " has no title; skipped");
            return null;
        }
        if (item.published() == null) {
            problems.error(0, "published", where + " (\"" + title + "\") has no date; skipped");
            return null;
        }
        String html = XmlChars.strip(sanitizer.sanitize(item.html()));
        FigureExtractor.Split split = FigureExtractor.split(html);
        Image image = merge(item.image(), split.image().orElse(null));
        String summary = clean(item.summary());
        String id = uniqueId(id(item, title), usedIds);
        return new Article(id, title, summary != null ? summary : Summaries.fromHtml(split.html()), split.html(),
                item.published(), item.updated() != null && item.updated().isAfter(item.published()) ? item.updated() : null,
                item.authors(), tags(item.tags()), AtomEntries.uri(item.link()), image, item.source(),
                language(item.language()));
    }

    private static String id(FeedItem item, String title) {
        if (item.guid() != null) {
            Matcher matcher = TAG_URI.matcher(item.guid().strip());
            if (matcher.matches() && Article.ID_PATTERN.matcher(matcher.group(1)).matches()) {
                return matcher.group(1);
            }
        }
        URI link = AtomEntries.uri(item.link());
        if (link != null && link.getPath() != null) {
            // the page's name says what the story is: ".../news/good-story.html" → good-story
            String[] segments = link.getPath().split("/");
            String last = segments.length == 0 ? "" : segments[segments.length - 1].replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            String slug = Slugs.idSlug(last);
            if (!slug.isEmpty() && !slug.equals("index")) {
                return slug;
            }
        }
        String fromTitle = Slugs.idSlug(title);
        return fromTitle.isEmpty() ? "entry-" + item.number() : fromTitle;
    }

    private static String uniqueId(String id, Set<String> usedIds) {
        String unique = id;
        for (int n = 2; !usedIds.add(unique); n++) {
            unique = id.substring(0, Math.min(id.length(), 110)) + "-" + n;
        }
        return unique;
    }

    private static List<Tag> tags(List<String> labels) {
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        for (String label : labels) {
            Slugs.tag(XmlChars.strip(label)).ifPresent(tag -> bySlug.putIfAbsent(tag.slug(), tag));
        }
        return List.copyOf(bySlug.values());
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

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = XmlChars.strip(text).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
