package dev.herald.core.read.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Atom 1.0 (and 0.3) entries as {@link FeedItem}s. */
final class AtomEntries {

    private AtomEntries() {
    }

    static List<FeedItem> of(Feed feed) {
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (Entry entry : feed.getEntries()) {
            items.add(entry(++number, entry));
        }
        return items;
    }

    private static FeedItem entry(int number, Entry entry) {
        Date published = entry.getPublished() != null ? entry.getPublished() : entry.getUpdated();
        Date updated = entry.getUpdated() != null && !entry.getUpdated().equals(published) ? entry.getUpdated() : null;
        String summary = entry.getSummary() == null ? null : text(entry.getSummary());
        String html = entry.getContents().isEmpty() ? (entry.getSummary() == null ? null : html(entry.getSummary()))
                : html(entry.getContents().get(0));
        return new FeedItem(number, entry.getId(), entry.getTitleEx() == null ? entry.getTitle() : text(entry.getTitleEx()),
                alternate(entry), instant(published), instant(updated), authors(entry), tags(entry), summary, html,
                enclosure(entry), source(entry), null);
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
                authors.add(new Author(person.getName().strip(), blankToNull(person.getEmail()), uri(person.getUri())));
            }
        }
        return authors;
    }

    private static List<String> tags(Entry entry) {
        List<String> tags = new ArrayList<>();
        for (Category category : entry.getCategories()) {
            String label = category.getLabel() != null && !category.getLabel().isBlank() ? category.getLabel() : category.getTerm();
            if (label != null && !label.isBlank()) {
                tags.add(label);
            }
        }
        return tags;
    }

    private static Image enclosure(Entry entry) {
        for (Link link : entry.getOtherLinks()) {
            if ("enclosure".equals(link.getRel()) && (link.getType() == null || link.getType().startsWith("image/"))) {
                URI url = uri(link.getHref());
                return url == null ? null : new Image(url, null, null, null);
            }
        }
        return null;
    }

    private static Source source(Entry entry) {
        Feed source = entry.getSource();
        if (source == null || source.getTitle() == null || source.getTitle().isBlank()) {
            return null;
        }
        URI url = source.getAlternateLinks().isEmpty() ? null : uri(source.getAlternateLinks().get(0).getHref());
        return new Source(source.getTitle().strip(), url);
    }

    /** Content as HTML whatever its type: text is escaped, html and xhtml are markup. */
    private static String html(Content content) {
        String value = content.getValue() == null ? "" : content.getValue();
        return Content.TEXT.equals(content.getType()) || content.getType() == null ? Entities.escape(value) : value;
    }

    /** Content as plain text whatever its type. */
    private static String text(Content content) {
        String value = content.getValue() == null ? "" : content.getValue();
        return Content.TEXT.equals(content.getType()) || content.getType() == null ? value : Jsoup.parse(value).text();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text as an absolute URI, or null when it is missing or not one. */
    static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
