package dev.herald.core.read.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Jekyll or Hugo post's front matter, read as those generators name its keys: {@code title};
 * {@code date} (Hugo's {@code publishDate} first); {@code lastmod}, {@code last_modified_at} or
 * {@code updated}; {@code draft: true} or {@code published: false}; {@code author} or
 * {@code authors} (names, or objects with a {@code name}); {@code tags} and {@code categories}
 * (a list, or Jekyll's words separated by spaces); {@code description}, {@code summary},
 * {@code excerpt} or {@code subtitle}; {@code image}, {@code images}, {@code featured_image} or
 * {@code cover}; {@code slug}, else the last segment of {@code url} or {@code permalink};
 * {@code lang} or {@code language}; {@code canonical_url}. Keys that steer the site's layout are
 * passed over; any other is named as not imported.
 */
final class GeneratorFields {

    private static final Set<String> LAYOUT = Set.of("layout", "type", "weight", "toc", "comments", "share", "menu",
            "menus", "aliases", "sitemap", "outputs", "markup", "_build", "build", "cascade", "headless", "resources",
            "excerpt_separator", "sidebar", "permalink", "url", "redirect_from", "redirect_to", "hidden", "pin",
            "featured", "sticky", "linktitle", "showtoc", "tocopen", "hidemeta", "comment", "disqus_identifier");

    private final ObjectNode keys;
    private final Set<String> read = new HashSet<>();

    GeneratorFields(ObjectNode keys) {
        this.keys = keys;
    }

    /**
     * Whether the file says it is a page, not a post: {@code layout: page}, {@code type: page}, or
     * Hugo's {@code headless: true} (a bundle that is never a page of its own).
     */
    boolean isPage() {
        return "page".equals(text("layout")) || "page".equals(text("type")) || get("headless").asBoolean(false);
    }

    String title() {
        return text("title");
    }

    Optional<Instant> published() {
        String written = first("publishdate", "pubdate", "date");
        return FeedDates.parse(written);
    }

    /** The date as written, when it is no date Herald can read. */
    String dateText() {
        String written = first("publishdate", "pubdate", "date");
        return written != null && FeedDates.parse(written).isEmpty() ? written : null;
    }

    Instant updated() {
        return FeedDates.parse(first("lastmod", "last_modified_at", "modified_date", "updated", "modified")).orElse(null);
    }

    boolean draft() {
        JsonNode draft = get("draft");
        JsonNode published = get("published");
        return draft.asBoolean(false) || "true".equals(draft.asText()) || published.isBoolean() && !published.asBoolean()
                || "false".equals(published.asText());
    }

    List<Author> authors() {
        List<Author> authors = new ArrayList<>();
        for (String key : List.of("authors", "author")) {
            for (JsonNode author : list(get(key))) {
                String name = author.isObject() ? author.path("name").asText("").strip() : author.asText("").strip();
                if (!name.isEmpty() && authors.stream().noneMatch(known -> known.name().equals(name))) {
                    authors.add(Author.named(name));
                }
            }
        }
        return authors;
    }

    List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (String key : List.of("categories", "category", "tags", "tag")) {
            JsonNode value = get(key);
            if (value.isTextual()) {
                // Jekyll: "tags: ferries harbour" is two tags
                for (String word : value.asText().strip().split("\\s+")) {
                    add(tags, word);
                }
            } else {
                list(value).forEach(tag -> add(tags, tag.asText("")));
            }
        }
        return tags;
    }

    String summary() {
        return first("description", "summary", "excerpt", "subtitle", "lead");
    }

    Image image() {
        for (String key : List.of("image", "images", "featured_image", "feature_image", "cover", "thumbnail")) {
            JsonNode value = get(key);
            JsonNode first = value.isArray() ? value.path(0) : value;
            String url = first.isObject() ? first.path("image").asText(first.path("src").asText(first.path("url")
                    .asText(""))) : first.asText("");
            URI uri = AtomEntries.uriOrSitePath(url.strip());
            if (uri != null) {
                String alt = first.isObject() ? first.path("alt").asText("").strip() : "";
                String caption = first.isObject() ? first.path("caption").asText("").strip() : "";
                return new Image(uri, caption.isEmpty() ? null : caption, null, alt.isEmpty() ? null : alt);
            }
        }
        return null;
    }

    Optional<String> slug() {
        String slug = text("slug");
        if (slug != null) {
            return Optional.of(slug);
        }
        String url = first("url", "permalink");
        if (url == null || url.contains(":")) {
            return Optional.empty(); // a pattern such as /:year/:title/ names no one page
        }
        String trimmed = url.replaceAll("\\.html?$", "").replaceAll("/+$", "");
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last);
    }

    String language() {
        return first("lang", "language", "locale");
    }

    String link() {
        URI uri = AtomEntries.uri(first("canonical_url", "canonicalurl", "canonical"));
        return uri == null ? null : uri.toString();
    }

    /** The keys neither read nor steering the layout, after the others were asked for. */
    Set<String> unread() {
        isPage();
        title();
        published();
        updated();
        draft();
        authors();
        tags();
        summary();
        image();
        slug();
        language();
        link();
        Set<String> unread = new TreeSet<>();
        keys.fieldNames().forEachRemaining(key -> {
            if (!read.contains(key) && !LAYOUT.contains(key)) {
                unread.add(key);
            }
        });
        return unread;
    }

    private JsonNode get(String key) {
        read.add(key);
        return keys.path(key);
    }

    private String text(String key) {
        JsonNode value = get(key);
        String text = value.isValueNode() ? value.asText("").strip() : "";
        return text.isEmpty() ? null : text;
    }

    private String first(String... names) {
        String found = null;
        for (String name : names) {
            String text = text(name);
            found = found == null ? text : found;
        }
        return found;
    }

    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else if (!value.isMissingNode() && !value.isNull()) {
            items.add(value);
        }
        return items;
    }

    private static void add(List<String> tags, String tag) {
        String stripped = tag.strip();
        if (!stripped.isEmpty() && !tags.contains(stripped)) {
            tags.add(stripped);
        }
    }
}
