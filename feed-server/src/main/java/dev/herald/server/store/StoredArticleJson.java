package dev.herald.server.store;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads back the article JSON this store wrote with core's ArticleJsonWriter. Every article passed
 * core's strict reader (its HTML sanitized, its fields checked) before it was stored, so this maps
 * the fields straight back instead of doing all that again: a feed of 50 articles rendered from
 * the store costs a millisecond of parsing, not tens.
 */
final class StoredArticleJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG_SEPARATOR = "\u001F";

    private StoredArticleJson() {
    }

    static Article read(String json) throws JsonProcessingException {
        JsonNode node = JSON.readTree(json);
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
                text(node, "language"), enclosures(node.path("enclosures")));
    }

    private static List<Enclosure> enclosures(JsonNode list) {
        List<Enclosure> enclosures = new ArrayList<>(list.size());
        for (JsonNode enclosure : list) {
            enclosures.add(new Enclosure(uri(enclosure, "url"), enclosure.get("type").asText(),
                    enclosure.path("length").asLong(0)));
        }
        return enclosures;
    }

    /**
     * The tags column: the labels joined by U+001F (the unit separator), which a label cannot
     * hold, since readers strip the control characters XML forbids.
     */
    static String tagsColumn(Article article) {
        return article.tags().stream().map(Tag::label).collect(Collectors.joining(TAG_SEPARATOR));
    }

    static List<Tag> readTagsColumn(String column) {
        return readTagsColumn(column, new HashMap<>());
    }

    /**
     * As {@link #readTagsColumn(String)}, sharing one Tag per label through {@code known}: an
     * index of many articles then holds each tag once, and works out each slug once.
     */
    static List<Tag> readTagsColumn(String column, Map<String, Tag> known) {
        if (column.isEmpty()) {
            return List.of();
        }
        List<Tag> tags = new ArrayList<>(4);
        for (String label : column.split(TAG_SEPARATOR)) {
            tags.add(known.computeIfAbsent(label, text -> new Tag(text, Slugs.tagSlug(text))));
        }
        return tags;
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
