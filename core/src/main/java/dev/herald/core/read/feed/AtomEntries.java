package dev.herald.core.read.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.herald.core.feed.ImageTypes;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import java.net.URI;
import java.net.URLConnection;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Atom 1.0 (and 0.3) entries as {@link FeedItem}s. */
final class AtomEntries {

    private AtomEntries() {
    }

    static List<FeedItem> of(Feed feed, List<RawEntry> raw, URI documentBase) {
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (Entry entry : feed.getEntries()) {
            RawEntry element = raw.size() == feed.getEntries().size() ? raw.get(number) : null;
            items.add(entry(++number, entry, element, documentBase));
        }
        return items;
    }

    private static FeedItem entry(int number, Entry entry, RawEntry raw, URI documentBase) {
        Instant published = instant(entry.getPublished() != null ? entry.getPublished() : entry.getUpdated());
        String dateText = null;
        if (published == null && raw != null) {
            dateText = raw.childText("published", "updated", "issued", "modified", "created").orElse(null);
            published = FeedDates.parse(dateText).orElse(null);
        }
        Instant updated = instant(entry.getUpdated());
        if (updated != null && updated.equals(published)) {
            updated = null;
        }
        URI base = raw == null ? documentBase : raw.base(documentBase).orElse(documentBase);
        String summary = entry.getSummary() == null ? null : text(entry.getSummary());
        Content content = entry.getContents().stream().filter(c -> ItemHtml.hasContent(html(c))).findFirst().orElse(null);
        Content body = content != null ? content : entry.getSummary();
        String html = body == null ? null : html(body);
        if (raw != null && body != null) {
            base = raw.childBase(content != null ? "content" : "summary", base).orElse(base);
        }
        if (base == null) {
            // no xml:base and a feed read from a file: its links are relative to the entry's page, as readers take them
            base = uri(alternate(entry));
        }
        return new FeedItem(number, entry.getId(), entry.getTitleEx() == null ? entry.getTitle() : text(entry.getTitleEx()),
                alternate(entry), published, dateText, updated, authors(entry), tags(entry), summary,
                ItemHtml.resolved(html, base), enclosure(entry), mediaEnclosures(entry), source(entry),
                raw == null ? null : raw.language().orElse(null), BloggerPost.of(raw, alternate(entry)).orElse(null));
    }

    private static String alternate(Entry entry) {
        for (Link link : entry.getAlternateLinks()) {
            return link.getHrefResolved() != null ? link.getHrefResolved() : link.getHref();
        }
        return null;
    }

    private static List<Author> authors(Entry entry) {
        List<Author> authors = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                String email = blankToNull(person.getEmail());
                authors.add(new Author(person.getName().strip(), email != null && Author.isEmail(email) ? email : null,
                        uri(person.getUri())));
            }
        }
        return authors;
    }

    private static List<String> tags(Entry entry) {
        List<String> tags = new ArrayList<>();
        for (Category category : entry.getCategories()) {
            if (BloggerPost.KIND_SCHEME.equals(category.getScheme())) {
                continue; // what kind of entry a Blogger export's is: no subject
            }
            String label = category.getLabel() != null && !category.getLabel().isBlank() ? category.getLabel() : category.getTerm();
            if (label != null && !label.isBlank()) {
                tags.add(label);
            }
        }
        return tags;
    }

    private static Image enclosure(Entry entry) {
        for (Link link : entry.getOtherLinks()) {
            URI url = uri(link.getHrefResolved() != null ? link.getHrefResolved() : link.getHref());
            if ("enclosure".equals(link.getRel()) && url != null
                    && (link.getType() == null ? ImageTypes.of(url).isPresent() : link.getType().startsWith("image/"))) {
                return new Image(url, null, null, null);
            }
        }
        return null;
    }

    private static List<Enclosure> mediaEnclosures(Entry entry) {
        List<Enclosure> enclosures = new ArrayList<>();
        for (Link link : entry.getOtherLinks()) {
            URI url = uri(link.getHrefResolved() != null ? link.getHrefResolved() : link.getHref());
            if ("enclosure".equals(link.getRel()) && url != null
                    && (link.getType() == null ? ImageTypes.of(url).isEmpty() : !link.getType().startsWith("image/"))) {
                enclosure(url, link.getType(), link.getLength()).ifPresent(enclosures::add);
            }
        }
        return enclosures;
    }

    /** An enclosure of the URL, its type guessed from the name when missing or malformed. */
    static Optional<Enclosure> enclosure(URI url, String type, long length) {
        String mediaType = type == null ? "" : type.strip().replaceFirst(";.*", "").strip();
        if (!Enclosure.MEDIA_TYPE.matcher(mediaType).matches()) {
            String guessed = URLConnection.guessContentTypeFromName(url.getPath() == null ? "" : url.getPath());
            mediaType = guessed != null ? guessed : "application/octet-stream";
        }
        return Optional.of(new Enclosure(url, mediaType, Math.max(length, 0)));
    }

    private static Source source(Entry entry) {
        Feed source = entry.getSource();
        if (source == null || source.getTitle() == null || source.getTitle().isBlank()) {
            return null;
        }
        URI url = source.getAlternateLinks().isEmpty() ? null : uri(source.getAlternateLinks().get(0).getHref());
        return new Source(source.getTitle().strip(), url);
    }

    /**
     * How content of a type is read: Atom 1.0 names {@code text}, {@code html}, {@code xhtml} or a
     * media type, Atom 0.3 a media type.
     */
    private enum Kind { TEXT, HTML, XHTML, NOT_TEXT }

    private static Kind kind(Content content) {
        String type = content.getType() == null ? ""
                : content.getType().replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "", "text" -> Kind.TEXT;
            case "html", "text/html", "application/xhtml+xml" -> Kind.HTML;
            case "xhtml" -> Kind.XHTML;
            // any other media type is text when it is text/*, else base64 or XML of its own (RFC 4287 4.1.3.3): no prose
            default -> type.startsWith("text/") ? Kind.TEXT : Kind.NOT_TEXT;
        };
    }

    /** Content as HTML whatever its type: text is escaped, html is markup, xhtml is made HTML, other media nothing. */
    private static String html(Content content) {
        String value = content.getValue() == null ? "" : content.getValue();
        return switch (kind(content)) {
            case TEXT -> Entities.escape(value);
            case HTML -> value;
            case XHTML -> ItemHtml.fromXhtml(value);
            case NOT_TEXT -> "";
        };
    }

    /** Content as plain text whatever its type; null for other media. */
    private static String text(Content content) {
        String value = content.getValue() == null ? "" : content.getValue();
        return switch (kind(content)) {
            case TEXT -> value;
            case HTML, XHTML -> Jsoup.parse(value).text();
            case NOT_TEXT -> null;
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The text as an absolute http or https URL, or as a path on the site ("/images/x.jpg", a file
     * of the site's own, as an article may name one), or null when it is neither.
     */
    static URI uriOrSitePath(String text) {
        URI absolute = uri(text);
        if (absolute != null || text == null || !text.startsWith("/") || text.startsWith("//")) {
            return absolute;
        }
        try {
            return new URI(null, null, text, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The text as an absolute http or https URL, or null when it is missing or not one: what an
     * article's fields take (a {@code javascript:} link or a {@code data:} image imported would
     * make a file Herald itself refuses to read).
     */
    static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
