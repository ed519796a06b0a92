package dev.herald.core.format.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Article JSON out and, for JSON it wrote itself, back in. Writes articles in DESIGN's schema,
 * with the sanitized HTML as {@code bodyHtml}: what the API answers and stores, and what core's
 * strict reader ({@link JsonArticleReader}) reads back into the same article. Input from outside
 * goes through that strict reader; {@link #readStored} is the trusting mode for what this codec
 * wrote (the server's store). Thread-safe.
 */
public final class ArticleJsonCodec {

    private final JsonFactory factory = JsonFactory.builder().build();

    /** One article as a JSON object, UTF-8. */
    public byte[] write(Article article) {
        return render(json -> object(json, article));
    }

    /** Articles as a JSON array, UTF-8. */
    public byte[] writeAll(List<Article> articles) {
        return render(json -> {
            json.writeStartArray();
            for (Article article : articles) {
                object(json, article);
            }
            json.writeEndArray();
        });
    }

    /**
     * The article in JSON this codec wrote from a valid article, read back without checking it
     * again.
     *
     * @throws IllegalArgumentException if the text is not such JSON
     */
    public Article readStored(String json) {
        return StoredArticles.read(json);
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(json);
        } catch (IOException e) {
            // writing to memory does no I/O
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void object(JsonGenerator json, Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("title", article.title());
        json.writeStringField("summary", article.summary());
        json.writeStringField("bodyHtml", article.contentHtml());
        json.writeStringField("published", article.published().toString());
        if (article.updated() != null) {
            json.writeStringField("updated", article.updated().toString());
        }
        if (article.expires() != null) {
            json.writeStringField("expires", article.expires().toString());
        }
        if (article.draft()) {
            json.writeBooleanField("draft", true);
        }
        json.writeArrayFieldStart("authors");
        for (Author author : article.authors()) {
            json.writeStartObject();
            json.writeStringField("name", author.name());
            if (author.email() != null) {
                json.writeStringField("email", author.email());
            }
            if (author.url() != null) {
                json.writeStringField("url", author.url().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tags");
        for (Tag tag : article.tags()) {
            json.writeString(tag.label());
        }
        json.writeEndArray();
        if (article.link() != null) {
            json.writeStringField("link", article.link().toString());
        }
        Image image = article.image();
        if (image != null) {
            json.writeObjectFieldStart("image");
            if (image.url() != null) {
                json.writeStringField("url", image.url().toString());
            }
            if (image.caption() != null) {
                json.writeStringField("caption", image.caption());
            }
            if (image.credit() != null) {
                json.writeStringField("credit", image.credit());
            }
            if (image.alt() != null) {
                json.writeStringField("alt", image.alt());
            }
            json.writeEndObject();
        }
        if (article.source() != null) {
            json.writeObjectFieldStart("source");
            json.writeStringField("name", article.source().name());
            if (article.source().url() != null) {
                json.writeStringField("url", article.source().url().toString());
            }
            json.writeEndObject();
        }
        if (article.language() != null) {
            json.writeStringField("language", article.language());
        }
        if (!article.enclosures().isEmpty()) {
            json.writeArrayFieldStart("enclosures");
            for (Enclosure enclosure : article.enclosures()) {
                json.writeStartObject();
                json.writeStringField("url", enclosure.url().toString());
                json.writeStringField("type", enclosure.mediaType());
                if (enclosure.length() > 0) {
                    json.writeNumberField("length", enclosure.length());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
