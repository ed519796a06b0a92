package dev.herald.core.read.feed;

import com.rometools.modules.content.ContentModule;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import dev.herald.core.feed.ImageTypes;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.text.DateTimes;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdom2.Element;
import org.jsoup.Jsoup;

/** RSS items (any version Rome reads) as {@link FeedItem}s. */
final class RssItems {

    private RssItems() {
    }

    static List<FeedItem> of(Channel channel, List<RawEntry> raw, URI documentBase) {
        List<FeedItem> items = new ArrayList<>();
        URI channelBase = AtomEntries.uri(channel.getLink());
        String channelLanguage = channelLanguage(channel);
        int number = 0;
        for (Item item : channel.getItems()) {
            RawEntry entry = raw.size() == channel.getItems().size() ? raw.get(number) : null;
            items.add(item(++number, item, entry, documentBase != null ? documentBase : channelBase, channelLanguage));
        }
        return items.stream().anyMatch(item -> item.exported() != null) ? asWordPressShowsThem(items, raw) : items;
    }

    // a WordPress export's writers by their names, not their logins, and its posts with their featured images
    private static List<FeedItem> asWordPressShowsThem(List<FeedItem> items, List<RawEntry> raw) {
        Map<String, String> authors = WordPressAuthors.of(raw.get(0).element());
        Map<String, Image> images = WordPressImages.of(items);
        return items.stream().map(item -> WordPressImages.featured(WordPressAuthors.named(item, authors), images)).toList();
    }

    // the language of every item that names none of its own: <language>, or the channel's dc:language
    private static String channelLanguage(Channel channel) {
        if (channel.getLanguage() != null && !channel.getLanguage().isBlank()) {
            return channel.getLanguage();
        }
        DCModule dc = (DCModule) channel.getModule(DCModule.URI);
        return dc == null ? null : dc.getLanguage();
    }

    private static FeedItem item(int number, Item item, RawEntry raw, URI documentBase, String channelLanguage) {
        DCModule dc = (DCModule) item.getModule(DCModule.URI);
        URI base = raw == null ? documentBase : raw.base(documentBase).orElse(documentBase);
        if (base == null) {
            base = AtomEntries.uri(item.getLink());
        }
        String descriptionHtml = item.getDescription() == null ? null : item.getDescription().getValue();
        ContentModule content = (ContentModule) item.getModule(ContentModule.URI);
        String encoded = content == null ? null
                : content.getEncodeds().stream().filter(ItemHtml::hasContent).findFirst().orElse(null);
        // an empty <content:encoded/> beside a full description is common in podcast feeds
        String given = encoded != null ? encoded : descriptionHtml;
        WordPressPost wordPress = WordPressPost.of(raw).orElse(null);
        String html = wordPress == null ? given : WordPressContent.shown(given);
        String summary = descriptionHtml == null ? null : Jsoup.parse(descriptionHtml).text();
        if ((summary == null || summary.isBlank()) && wordPress != null && !wordPress.excerpt().isEmpty()) {
            summary = Jsoup.parse(wordPress.excerpt()).text();
        }
        Instant published = item.getPubDate() != null ? item.getPubDate().toInstant()
                : dc != null && dc.getDate() != null ? dc.getDate().toInstant() : null;
        if (published == null && wordPress != null) {
            published = wordPress.date();
        }
        String dateText = null;
        if (published == null && raw != null) {
            dateText = raw.childText("pubDate", "date", "published", "issued").orElse(null);
            published = FeedDates.parse(dateText).orElse(null);
        }
        MediaEntryModule media = (MediaEntryModule) item.getModule(MediaModule.URI);
        List<Enclosure> enclosures = enclosures(item, media);
        if (wordPress != null && enclosures.isEmpty()) {
            wordPress.enclosure().ifPresent(enclosures::add);
        }
        Instant modified = modified(item);
        if (modified == null && wordPress != null) {
            modified = wordPress.modified();
        }
        List<Author> authors = wordPress != null && !wordPress.coAuthors().isEmpty()
                ? wordPress.coAuthors().stream().map(Author::named).toList() : authors(item, dc);
        return new FeedItem(number, item.getGuid() == null ? null : item.getGuid().getValue(), item.getTitle(),
                item.getLink(), published, dateText, modified, authors, tags(item, dc, wordPress != null), summary,
                ItemHtml.resolved(html, base), image(item, media), enclosures, source(item, dc),
                language(raw, dc, channelLanguage), wordPress);
    }

    private static String language(RawEntry raw, DCModule dc, String channelLanguage) {
        if (dc != null && dc.getLanguage() != null && !dc.getLanguage().isBlank()) {
            return dc.getLanguage();
        }
        return raw == null ? channelLanguage : raw.language().orElse(channelLanguage);
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
            if (open > 0 && author.endsWith(")")) {
                String email = author.substring(0, open).strip();
                authors.add(new Author(author.substring(open + 1, author.length() - 1).strip(),
                        Author.isEmail(email) ? email : null, null));
            } else {
                authors.add(Author.named(author));
            }
        }
        return authors;
    }

    // a WordPress export's categories of the domains that name no subject (writers, formats) are none
    private static List<String> tags(Item item, DCModule dc, boolean wordPress) {
        List<String> tags = new ArrayList<>();
        item.getCategories().stream()
                .filter(category -> !wordPress || !WordPressPost.NOT_SUBJECTS.contains(category.getDomain()))
                .map(Category::getValue).filter(v -> v != null && !v.isBlank()).forEach(tags::add);
        if (dc != null) {
            dc.getSubjects().stream().map(DCSubject::getValue).filter(v -> v != null && !v.isBlank()).forEach(tags::add);
        }
        return tags;
    }

    private static Image image(Item item, MediaEntryModule media) {
        if (media != null) {
            for (MediaContent content : media.getMediaContents()) {
                if (content.getReference() instanceof UrlReference reference && isImage(content.getMedium(), content.getType(), reference.getUrl())) {
                    return image(reference.getUrl(), content.getMetadata());
                }
            }
            Metadata metadata = media.getMetadata();
            URI thumbnail = thumbnail(metadata);
            for (MediaContent content : media.getMediaContents()) {
                thumbnail = thumbnail != null ? thumbnail : thumbnail(content.getMetadata());
            }
            if (thumbnail != null || metadata != null && (metadata.getDescription() != null || metadata.getCredits().length > 0)) {
                Image image = image(thumbnail, metadata);
                if (image != null) {
                    return image;
                }
            }
        }
        for (com.rometools.rome.feed.rss.Enclosure enclosure : item.getEnclosures()) {
            URI url = AtomEntries.uri(enclosure.getUrl());
            if (url != null && isImage(null, enclosure.getType(), url)) {
                return new Image(url, null, null, null);
            }
        }
        return null;
    }

    private static List<Enclosure> enclosures(Item item, MediaEntryModule media) {
        List<Enclosure> enclosures = new ArrayList<>();
        for (com.rometools.rome.feed.rss.Enclosure enclosure : item.getEnclosures()) {
            URI url = AtomEntries.uri(enclosure.getUrl());
            if (url != null && !isImage(null, enclosure.getType(), url)) {
                AtomEntries.enclosure(url, enclosure.getType(), enclosure.getLength()).ifPresent(enclosures::add);
            }
        }
        if (enclosures.isEmpty() && media != null) {
            for (MediaContent content : media.getMediaContents()) {
                if (content.getReference() instanceof UrlReference reference
                        && !isImage(content.getMedium(), content.getType(), reference.getUrl())) {
                    long length = content.getFileSize() == null ? 0 : content.getFileSize();
                    AtomEntries.enclosure(reference.getUrl(), content.getType(), length).ifPresent(enclosures::add);
                }
            }
        }
        return enclosures;
    }

    private static boolean isImage(String medium, String type, URI url) {
        if (medium != null) {
            return medium.equals("image");
        }
        if (type != null && !type.isBlank()) {
            return type.strip().toLowerCase(Locale.ROOT).startsWith("image/");
        }
        return url != null && ImageTypes.of(url).isPresent();
    }

    private static URI thumbnail(Metadata metadata) {
        if (metadata == null || metadata.getThumbnail() == null) {
            return null;
        }
        for (Thumbnail thumbnail : metadata.getThumbnail()) {
            if (thumbnail.getUrl() != null && thumbnail.getUrl().isAbsolute()) {
                return thumbnail.getUrl();
            }
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
