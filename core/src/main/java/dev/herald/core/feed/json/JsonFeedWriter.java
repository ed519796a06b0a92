package dev.herald.core.feed.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.herald.core.feed.EntryCache;
import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedEntry;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedPaging;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), streamed with Jackson in a fixed key order.
 * What the format has no field for (the source, the image caption and credit) goes into the
 * {@code _herald} extension object of each item; RFC 5005's archive and paging links, beside
 * {@code next_url}, into the feed's {@code _rfc5005} object.
 */
public final class JsonFeedWriter extends SplicingFeedWriter {

    /** Items one to a line inside the items array, after a comma but the first; each begins with its id. */
    private static final Layout LAYOUT = new Layout("\n    ", ",\n    ", "{\n      \"id\"", "\n    }", "\n  ]");

    public static final String VERSION_URL = "https://jsonfeed.org/version/1.1";
    /** The extension object holding RFC 5005's links: {@code archive}, {@code current}, {@code prev-archive}… */
    public static final String PAGING_EXTENSION = "_rfc5005";
    /** The item extension for what JSON Feed has no field for: the source, the image's caption, credit and alt. */
    public static final String HERALD_EXTENSION = "_herald";

    private final JsonFactory factory = JsonFactory.builder().build();

    /** A writer that serializes every item each time. */
    public JsonFeedWriter() {
        this(null);
    }

    /** A writer that serializes an article's item once while {@code cache} keeps it. */
    public JsonFeedWriter(EntryCache cache) {
        super(cache);
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.JSON;
    }

    @Override
    protected String frame(Feed feed) throws IOException {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator json = generator(text)) {
            json.writeStartObject();
            json.writeStringField("version", VERSION_URL);
            json.writeStringField("title", feed.title());
            json.writeStringField("home_page_url", feed.siteUrl().toString());
            json.writeStringField("feed_url", feed.selfUrl().toString());
            if (feed.paging().older() != null) {
                json.writeStringField("next_url", feed.paging().older().toString());
            }
            if (!feed.description().isEmpty()) {
                json.writeStringField("description", feed.description());
            }
            json.writeStringField("language", feed.language());
            if (feed.hubUrl() != null) {
                json.writeArrayFieldStart("hubs");
                json.writeStartObject();
                json.writeStringField("type", "WebSub");
                json.writeStringField("url", feed.hubUrl().toString());
                json.writeEndObject();
                json.writeEndArray();
            }
            paging(json, feed.paging());
            json.writeArrayFieldStart("items");
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        return text.toString();
    }

    @Override
    protected String entry(Article article, SiteSettings site) throws IOException {
        // written where it stands in a feed, inside the items array, so its indents are the feed's
        StringWriter text = new StringWriter(4096);
        try (JsonGenerator json = generator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            item(json, new FeedEntry(article, site));
            json.writeEndArray();
            json.writeEndObject();
        }
        String wrapped = text.toString();
        return wrapped.substring(wrapped.indexOf('{', wrapped.indexOf('[')), wrapped.lastIndexOf("\n  ]"));
    }

    @Override
    protected Splice splice(String frame) {
        // an empty array is written "[ ]"; items go inside it, one to a line
        int empty = frame.lastIndexOf("[ ]");
        return new Splice(frame.substring(0, empty + 1), LAYOUT.indent(), LAYOUT.separator(),
                LAYOUT.end() + frame.substring(empty + 3));
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    private JsonGenerator generator(StringWriter text) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        JsonGenerator json = factory.createGenerator(text);
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return json;
    }

    // RFC 5005's relations, which JSON Feed has no fields for but next_url
    private static void paging(JsonGenerator json, FeedPaging paging) throws IOException {
        if (paging.equals(FeedPaging.NONE)) {
            return;
        }
        json.writeObjectFieldStart(PAGING_EXTENSION);
        if (paging.archive()) {
            json.writeBooleanField("archive", true);
        }
        writeIfPresent(json, "current", paging.current());
        writeIfPresent(json, "prev-archive", paging.prevArchive());
        writeIfPresent(json, "next-archive", paging.nextArchive());
        writeIfPresent(json, "next", paging.next());
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, URI value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }

    private static void item(JsonGenerator json, FeedEntry entry) throws IOException {
        Article article = entry.article();
        json.writeStartObject();
        json.writeStringField("id", entry.id());
        json.writeStringField("url", entry.link());
        json.writeStringField("title", article.title());
        json.writeStringField("content_html", entry.contentHtml());
        if (!article.summary().isEmpty()) {
            json.writeStringField("summary", article.summary());
        }
        Image image = entry.image();
        if (image != null && image.url() != null) {
            json.writeStringField("image", image.url().toString());
        }
        json.writeStringField("date_published", article.published().toString());
        if (article.updated() != null) {
            json.writeStringField("date_modified", article.updated().toString());
        }
        json.writeArrayFieldStart("authors");
        for (Author author : entry.authors()) {
            json.writeStartObject();
            json.writeStringField("name", author.name());
            if (author.url() != null) {
                json.writeStringField("url", author.url().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!article.tags().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (Tag tag : article.tags()) {
                json.writeString(tag.label());
            }
            json.writeEndArray();
        }
        json.writeStringField("language", entry.language());
        if (!article.enclosures().isEmpty()) {
            json.writeArrayFieldStart("attachments");
            for (Enclosure enclosure : article.enclosures()) {
                json.writeStartObject();
                json.writeStringField("url", enclosure.url().toString());
                json.writeStringField("mime_type", enclosure.mediaType());
                if (enclosure.length() > 0) {
                    json.writeNumberField("size_in_bytes", enclosure.length());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        extension(json, article, entry.image());
        json.writeEndObject();
    }

    private static void extension(JsonGenerator json, Article article, Image image) throws IOException {
        if (article.source() == null && image == null) {
            return;
        }
        json.writeObjectFieldStart(HERALD_EXTENSION);
        if (article.source() != null) {
            json.writeObjectFieldStart("source");
            json.writeStringField("name", article.source().name());
            if (article.source().url() != null) {
                json.writeStringField("url", article.source().url().toString());
            }
            json.writeEndObject();
        }
        if (image != null) {
            json.writeObjectFieldStart("image");
            writeIfPresent(json, "url", image.url() == null ? null : image.url().toString());
            writeIfPresent(json, "caption", image.caption());
            writeIfPresent(json, "credit", image.credit());
            writeIfPresent(json, "alt", image.alt());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
