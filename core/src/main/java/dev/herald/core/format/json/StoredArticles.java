package dev.herald.core.format.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec's trusting mode: reads back article JSON that {@link ArticleJsonCodec} wrote from an
 * article core's strict reader had already checked (HTML sanitized, fields valid), mapping the
 * fields straight back instead of doing all that again. A feed of 50 stored articles costs a
 * millisecond of parsing, not tens. Not for input from outside.
 */
final class StoredArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredArticles() {
    }

    static Article read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not article JSON: " + e.getOriginalMessage(), e);
        }
        List<Author> authors = new ArrayList<>();
        for (JsonNode author : node.path("authors")) {
            // an address stored before addresses were checked is dropped rather than fail the feed
            String email = text(author, "email");
            authors.add(new Author(author.get("name").asText(), email != null && Author.isEmail(email) ? email : null,
                    uri(author, "url")));
        }
        JsonNode image = node.get("image");
        JsonNode source = node.get("source");
        return new Article(node.get("id").asText(), node.get("title").asText(), node.get("summary").asText(),
                node.get("bodyHtml").asText(), Instant.parse(node.get("published").asText()),
                node.hasNonNull("updated") ? Instant.parse(node.get("updated").asText()) : null,
                authors, tags(node.path("tags")), uri(node, "link"),
                image == null ? null
                        : new Image(uri(image, "url"), text(image, "caption"), text(image, "credit"), text(image, "alt")),
                source == null ? null : new Source(source.get("name").asText(), uri(source, "url")),
                text(node, "language"), enclosures(node.path("enclosures")), node.path("draft").asBoolean(false),
                node.hasNonNull("expires") ? Instant.parse(node.get("expires").asText()) : null);
    }

    private static List<Enclosure> enclosures(JsonNode list) {
        List<Enclosure> enclosures = new ArrayList<>(list.size());
        for (JsonNode enclosure : list) {
            enclosures.add(new Enclosure(uri(enclosure, "url"), enclosure.get("type").asText(),
                    enclosure.path("length").asLong(0)));
        }
        return enclosures;
    }

    private static List<Tag> tags(JsonNode labels) {
        List<Tag> tags = new ArrayList<>(labels.size());
        for (JsonNode label : labels) {
            tags.add(new Tag(label.asText(), Slugs.tagSlug(label.asText())));
        }
        return tags;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static URI uri(JsonNode node, String field) {
        return node.hasNonNull(field) ? URI.create(node.get(field).asText()) : null;
    }
}
