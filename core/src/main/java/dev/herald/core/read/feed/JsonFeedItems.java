package dev.herald.core.read.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.core.feed.ImageTypes;
import dev.herald.core.feed.json.JsonFeedWriter;
import dev.herald.core.format.json.JsonArticleReader;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.ReadFailures;
import dev.herald.core.read.binding.JsonFailures;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Entities;

/**
 * The items of a JSON Feed, version 1 or 1.1 (https://jsonfeed.org/version/1.1), as
 * {@link FeedItem}s: id, title, url, content (HTML, else text made paragraphs), summary, dates,
 * authors (the item's, else the feed's; 1.0's single {@code author} too), tags, image,
 * attachments and language; the source and the image's caption, credit and alt text from Herald's
 * own {@code _herald} extension, else {@code external_url} names the source. Thread-safe.
 */
final class JsonFeedItems {

    /** What every JSON Feed version's URL starts with (1 and 1.1 are read alike). */
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
    // nested no deeper than article JSON: an item is four levels deep
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(JsonArticleReader.MAX_DEPTH).build()).build());

    private JsonFeedItems() {
    }

    /**
     * Whether the bytes hold JSON rather than XML: their first character past a BOM and white space
     * is "{" (or "[", which no feed is, so that it is said to be no JSON Feed).
     */
    static boolean isJson(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int at = bom ? 3 : 0;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at < bytes.length && (bytes[at] == '{' || bytes[at] == '[');
    }

    /** The JSON document; empty, with a problem naming where it breaks, when it cannot be read. */
    static Optional<JsonNode> tree(byte[] json, Problems problems) {
        try {
            return Optional.of(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.error(at == null ? 0 : Math.max(at.getLineNr(), 0), null,
                    "not readable JSON: " + JsonFailures.describe(e));
        } catch (IOException e) {
            problems.error(0, null, "not readable JSON: " + ReadFailures.describe(e));
        }
        return Optional.empty();
    }

    /**
     * The feed's items; empty, with a problem, when the JSON document is no JSON Feed.
     *
     * @param documentBase the feed's own URL, or null: the base of relative URLs after the items' own
     */
    static Optional<List<FeedItem>> of(JsonNode feed, URI documentBase, Problems problems) {
        // read leniently, as feed readers do: feeds in the wild write "version": "1.1", or none
        if (!feed.path("items").isArray()) {
            problems.error(0, null, "not a JSON Feed: a JSON Feed has a \"version\" starting " + VERSION_PREFIX
                    + " and a list of \"items\"");
            return Optional.empty();
        }
        URI feedBase = firstAbsolute(text(feed, "home_page_url"), text(feed, "feed_url"));
        URI siteBase = feedBase != null ? feedBase : documentBase;
        List<Author> feedAuthors = authors(feed, siteBase);
        String feedLanguage = text(feed, "language");
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (JsonNode item : feed.path("items")) {
            number++;
            if (!item.isObject()) {
                problems.error(0, null, "item " + number + " is not an object; skipped");
                continue;
            }
            items.add(item(item, number, siteBase, feedAuthors, feedLanguage));
        }
        return Optional.of(items);
    }

    // URLs resolve against the item's own url, which resolves against the site's
    private static FeedItem item(JsonNode item, int number, URI siteBase, List<Author> feedAuthors,
            String feedLanguage) {
        URI link = absolute(text(item, "url"), siteBase);
        URI base = link != null ? link : siteBase;
        String date = text(item, "date_published");
        Instant published = FeedDates.parse(date).orElse(null);
        Instant updated = FeedDates.parse(text(item, "date_modified")).orElse(null);
        List<Author> authors = authors(item, base);
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(tag -> {
            if (tag.isTextual()) {
                tags.add(tag.asText());
            }
        });
        URI imageUrl = absolute(text(item, "image"), base);
        Image image = imageUrl == null ? null : new Image(imageUrl, null, null, null);
        List<Enclosure> enclosures = new ArrayList<>();
        for (JsonNode attachment : item.path("attachments")) {
            URI url = absolute(text(attachment, "url"), base);
            String type = text(attachment, "mime_type");
            if (url == null) {
                continue;
            }
            boolean isImage = type != null ? type.strip().startsWith("image/") : ImageTypes.of(url).isPresent();
            if (isImage && image == null) {
                image = new Image(url, text(attachment, "title"), null, null);
            } else if (!isImage) {
                AtomEntries.enclosure(url, type, attachment.path("size_in_bytes").asLong(0)).ifPresent(enclosures::add);
            }
        }
        // Herald's own extension keeps what JSON Feed has no field for
        JsonNode herald = item.path(JsonFeedWriter.HERALD_EXTENSION);
        Image described = heraldImage(herald.path("image"), base);
        if (described != null && (image == null || image.url().equals(described.url()))) {
            image = described;
        }
        Source source = heraldSource(herald.path("source"), base);
        URI external = absolute(text(item, "external_url"), base);
        if (source == null && external != null && external.getHost() != null) {
            source = new Source(external.getHost(), external);
        }
        String language = text(item, "language");
        return new FeedItem(number, text(item, "id"), text(item, "title"), link == null ? null : link.toString(),
                published, published == null ? date : null, updated, authors.isEmpty() ? feedAuthors : authors,
                tags, text(item, "summary"), ItemHtml.resolved(html(item), base), image, enclosures, source,
                language != null ? language : feedLanguage, null);
    }

    private static Image heraldImage(JsonNode image, URI base) {
        URI url = absolute(text(image, "url"), base);
        return url == null ? null : new Image(url, text(image, "caption"), text(image, "credit"), text(image, "alt"));
    }

    private static Source heraldSource(JsonNode source, URI base) {
        String name = text(source, "name");
        return name == null ? null : new Source(name, absolute(text(source, "url"), base));
    }

    // content_html, else content_text as paragraphs
    private static String html(JsonNode item) {
        String html = text(item, "content_html");
        if (html != null) {
            return html;
        }
        String text = text(item, "content_text");
        if (text == null) {
            return null;
        }
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            paragraphs.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>\n");
        }
        return paragraphs.toString();
    }

    // 1.1's "authors", else 1.0's "author"; only those with a name
    private static List<Author> authors(JsonNode node, URI base) {
        List<JsonNode> given = new ArrayList<>();
        node.path("authors").forEach(given::add);
        if (given.isEmpty() && node.path("author").isObject()) {
            given.add(node.path("author"));
        }
        List<Author> authors = new ArrayList<>();
        for (JsonNode author : given) {
            String name = text(author, "name");
            if (name != null) {
                authors.add(new Author(name, null, absolute(text(author, "url"), base)));
            }
        }
        return authors;
    }

    // the URL made absolute against the base as jsoup's absUrl does (RFC 3986); null when it gives none
    private static URI absolute(String url, URI base) {
        URI uri = AtomEntries.uri(url);
        if (uri != null || url == null || base == null) {
            return uri;
        }
        return AtomEntries.uri(StringUtil.resolve(base.toString(), url));
    }

    private static URI firstAbsolute(String... urls) {
        for (String url : urls) {
            URI uri = AtomEntries.uri(url);
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }

    // a text or number value, stripped; null when missing, blank or of another kind
    static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (!value.isTextual() && !value.isNumber()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
