package dev.herald.core.read.feed;

import com.rometools.modules.content.ContentModule;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.read.DateTimes;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jsoup.Jsoup;

/** RSS items (any version Rome reads) as {@link FeedItem}s. */
final class RssItems {

    private RssItems() {
    }

    static List<FeedItem> of(Channel channel) {
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (Item item : channel.getItems()) {
            items.add(item(++number, item));
        }
        return items;
    }

    private static FeedItem item(int number, Item item) {
        DCModule dc = (DCModule) item.getModule(DCModule.URI);
        String descriptionHtml = item.getDescription() == null ? null : item.getDescription().getValue();
        ContentModule content = (ContentModule) item.getModule(ContentModule.URI);
        String html = content != null && !content.getEncodeds().isEmpty() ? content.getEncodeds().get(0) : descriptionHtml;
        String summary = descriptionHtml == null ? null : Jsoup.parse(descriptionHtml).text();
        Instant published = item.getPubDate() != null ? item.getPubDate().toInstant()
                : dc != null && dc.getDate() != null ? dc.getDate().toInstant() : null;
        return new FeedItem(number, item.getGuid() == null ? null : item.getGuid().getValue(), item.getTitle(),
                item.getLink(), published, modified(item), authors(item, dc), tags(item), summary, html, image(item),
                source(item, dc), dc == null ? null : dc.getLanguage());
    }

    // Herald writes the update time as dcterms:modified, which Rome keeps as foreign markup
    private static Instant modified(Item item) {
        for (Element element : item.getForeignMarkup()) {
            if (element.getName().equals("modified") && "http://purl.org/dc/terms/".equals(element.getNamespaceURI())) {
                return DateTimes.parse(element.getTextTrim()).orElse(null);
            }
        }
        return null;
    }

    private static List<Author> authors(Item item, DCModule dc) {
        List<Author> authors = new ArrayList<>();
        if (dc != null) {
            dc.getCreators().stream().filter(name -> !name.isBlank()).forEach(name -> authors.add(Author.named(name.strip())));
        }
        if (authors.isEmpty() && item.getAuthor() != null && !item.getAuthor().isBlank()) {
            // RSS <author> is "email (Name)"; keep the name when there is one
            String author = item.getAuthor().strip();
            int open = author.indexOf('(');
            authors.add(open > 0 && author.endsWith(")")
                    ? new Author(author.substring(open + 1, author.length() - 1).strip(), author.substring(0, open).strip(), null)
                    : Author.named(author));
        }
        return authors;
    }

    private static List<String> tags(Item item) {
        return item.getCategories().stream().map(Category::getValue).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static Image image(Item item) {
        MediaEntryModule media = (MediaEntryModule) item.getModule(MediaModule.URI);
        if (media == null) {
            return null;
        }
        for (MediaContent content : media.getMediaContents()) {
            if (content.getReference() instanceof UrlReference reference
                    && (content.getMedium() == null || content.getMedium().equals("image"))) {
                return image(reference.getUrl(), content.getMetadata());
            }
        }
        Metadata metadata = media.getMetadata();
        if (metadata != null && (metadata.getDescription() != null || metadata.getCredits().length > 0)) {
            return image(null, metadata);
        }
        return null;
    }

    private static Image image(URI url, Metadata metadata) {
        String caption = metadata == null ? null : metadata.getDescription();
        String credit = metadata == null || metadata.getCredits().length == 0 ? null : metadata.getCredits()[0].getName();
        if (url == null && caption == null && credit == null) {
            return null;
        }
        return new Image(url, caption, credit, null);
    }

    private static Source source(Item item, DCModule dc) {
        if (item.getSource() != null && item.getSource().getValue() != null && !item.getSource().getValue().isBlank()) {
            String url = item.getSource().getUrl();
            return new Source(item.getSource().getValue().strip(), AtomEntries.uri(url));
        }
        if (dc != null && dc.getSource() != null && !dc.getSource().isBlank()) {
            return new Source(dc.getSource().strip(), null);
        }
        return null;
    }
}
