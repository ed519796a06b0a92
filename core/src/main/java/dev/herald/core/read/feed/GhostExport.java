package dev.herald.core.read.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.problem.Problems;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.ReadFailures;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.MarkdownRenderer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The posts of a Ghost export (Settings › Advanced › Import/Export, "Export content": a JSON file
 * of the site's tables, {@code {"db": [{"meta": …, "data": {"posts": […], …}}]}}) as
 * {@link FeedItem}s: title, slug, HTML (a Ghost 0.x post's Markdown rendered), excerpt, dates,
 * the writers of {@code posts_authors} (0.x: {@code author_id}), the public tags of
 * {@code posts_tags}, the feature image with its caption and alt text. Pages are no stories;
 * drafts, newsletters sent by email only, and posts for members or paying members only are kept
 * unpublished ({@link GhostPost}). Ghost writes links to its own files as {@code __GHOST_URL__/…}:
 * they become site-relative ({@code /content/images/…}), for the site's own files to hold.
 */
final class GhostExport {

    /** What Ghost 4 and later write in an export for the site's own address. */
    static final String SITE_URL = "__GHOST_URL__";

    /** Where the Ghost site's uploaded images, media and files are. */
    private static final String SITE_FILES = SITE_URL + "/content/";

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new HtmlSanitizer());

    private final Map<String, String> writers = new HashMap<>();
    private final Map<String, JsonNode> tags = new HashMap<>();
    private final Map<String, JsonNode> meta = new HashMap<>();
    private final Map<String, List<String>> writersOfPost;
    private final Map<String, List<String>> tagsOfPost;
    private final String siteLanguage;
    private final GhostLinks links;

    private GhostExport(JsonNode data) {
        data.path("users").forEach(user -> put(writers, JsonFeedItems.text(user, "id"),
                JsonFeedItems.text(user, "name")));
        data.path("tags").forEach(tag -> put(tags, JsonFeedItems.text(tag, "id"), tag));
        data.path("posts_meta").forEach(row -> put(meta, JsonFeedItems.text(row, "post_id"), row));
        writersOfPost = related(data.path("posts_authors"), "author_id");
        tagsOfPost = related(data.path("posts_tags"), "tag_id");
        links = links(data);
        JsonNode settings = data.path("settings");
        siteLanguage = setting(settings, "locale").orElse(setting(settings, "lang").orElse(null));
    }

    /** The tables of the export, if the JSON document is a Ghost export (a 0.x one may lack the "db" list). */
    static Optional<JsonNode> data(JsonNode root) {
        JsonNode data = root.path("db").path(0).path("data");
        if (!data.path("posts").isArray()) {
            data = root.path("data");
        }
        return data.path("posts").isArray() && !root.has("items") ? Optional.of(data) : Optional.empty();
    }

    /** The export's posts and pages, in its order; that posts show the Ghost site's files is said once. */
    static List<FeedItem> items(JsonNode data, Problems problems) {
        GhostExport export = new GhostExport(data);
        List<FeedItem> items = new ArrayList<>();
        int showingSiteFiles = 0;
        int number = 0;
        for (JsonNode post : data.path("posts")) {
            number++;
            if (!post.isObject()) {
                problems.error(0, null, "post " + number + " is not an object; skipped");
                continue;
            }
            GhostPost ghost = GhostPost.of(post);
            try {
                items.add(export.item(post, ghost, number));
            } catch (RuntimeException e) {
                problems.error(0, null, "post " + number + " cannot be imported: " + ReadFailures.describe(e));
                continue;
            }
            if (ghost.isStory() && post.toString().contains(SITE_FILES)) {
                showingSiteFiles++;
            }
        }
        if (showingSiteFiles > 0) {
            problems.warning(0, null, ExportedPost.count(showingSiteFiles, "post")
                    + (showingSiteFiles == 1 ? " shows" : " show") + " files of the Ghost site (" + SITE_FILES
                    + "…), now site-relative (/content/…): copy the Ghost site's content folder (images, media,"
                    + " files) into the static/ folder, as static/content/images/…");
        }
        return items;
    }

    private FeedItem item(JsonNode post, GhostPost ghost, int number) {
        String id = JsonFeedItems.text(post, "id");
        Instant published = date(post.path("published_at"));
        Instant created = date(post.path("created_at"));
        Instant updated = date(post.path("updated_at"));
        if (published == null && ghost.isUnpublished()) {
            // a draft has no publication date yet: it is dated when it was last worked on
            published = updated != null ? updated : created;
        }
        List<String> tagNames = new ArrayList<>();
        for (String tagId : tagsOfPost.getOrDefault(id, List.of())) {
            JsonNode tag = tags.get(tagId);
            String name = tag == null ? null : JsonFeedItems.text(tag, "name");
            // "#wide" and other internal tags steer a Ghost theme; readers never see them
            if (name != null && !name.startsWith("#") && !"internal".equals(JsonFeedItems.text(tag, "visibility"))) {
                tagNames.add(name);
            }
        }
        URI canonical = AtomEntries.uri(JsonFeedItems.text(post, "canonical_url"));
        return new FeedItem(number, key(post), JsonFeedItems.text(post, "title"),
                canonical == null ? null : canonical.toString(), published, null, updated, authors(post, id), tagNames,
                JsonFeedItems.text(post, "custom_excerpt"), html(post), image(post, meta.get(id)), List.of(), null,
                language(post), ghost);
    }

    // the ids the stories will have, by their slugs, and Herald's slugs of the tags, by Ghost's
    private GhostLinks links(JsonNode data) {
        Map<String, String> posts = new HashMap<>();
        for (JsonNode post : data.path("posts")) {
            GhostPost ghost = GhostPost.of(post);
            if (ghost.isStory() && !ghost.slug().isEmpty()) {
                posts.put(ghost.slug(), ImportIds.ofSlug(ghost.slug(), Objects.requireNonNullElse(key(post), "")));
            }
        }
        Map<String, String> tagSlugs = new HashMap<>();
        for (JsonNode tag : tags.values()) {
            String slug = JsonFeedItems.text(tag, "slug");
            String name = JsonFeedItems.text(tag, "name");
            if (slug != null && name != null) {
                Slugs.tag(name).ifPresent(herald -> tagSlugs.put(slug, herald.slug()));
            }
        }
        return new GhostLinks(posts, tagSlugs);
    }

    private List<Author> authors(JsonNode post, String id) {
        List<String> ids = writersOfPost.getOrDefault(id, List.of());
        if (ids.isEmpty() && JsonFeedItems.text(post, "author_id") != null) {
            ids = List.of(JsonFeedItems.text(post, "author_id"));
        }
        List<Author> authors = new ArrayList<>();
        for (String writer : ids) {
            String name = writers.get(writer);
            if (name != null) {
                authors.add(new Author(name, null, null));
            }
        }
        return authors;
    }

    // what tells a post from the others in every export of the site: its uuid, else its id
    private static String key(JsonNode post) {
        String uuid = JsonFeedItems.text(post, "uuid");
        return uuid != null ? uuid : JsonFeedItems.text(post, "id");
    }

    // the HTML Ghost rendered; a 0.x export's Markdown where it has none
    private String html(JsonNode post) {
        String html = JsonFeedItems.text(post, "html");
        if (html == null) {
            String markdown = JsonFeedItems.text(post, "markdown");
            html = markdown == null ? null : MARKDOWN.render(markdown);
        }
        return links.onHerald(withoutSignUpForms(html));
    }

    // Ghost's sign-up card asks readers to subscribe to the Ghost site: on Herald it would lead there
    private static String withoutSignUpForms(String html) {
        if (html == null || !html.contains("kg-signup-card")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.body().select(".kg-signup-card").remove();
        return document.body().html();
    }

    // the feature image (0.x: "image"), its caption and alt text on the post or, from Ghost 4, in posts_meta
    private static Image image(JsonNode post, JsonNode meta) {
        String written = JsonFeedItems.text(post, "feature_image");
        URI url = siteUrl(written != null ? written : JsonFeedItems.text(post, "image"));
        if (url == null) {
            return null;
        }
        JsonNode described = meta != null ? meta : post;
        String caption = JsonFeedItems.text(post, "feature_image_caption");
        caption = caption != null ? caption : JsonFeedItems.text(described, "feature_image_caption");
        String alt = JsonFeedItems.text(post, "feature_image_alt");
        alt = alt != null ? alt : JsonFeedItems.text(described, "feature_image_alt");
        // Ghost's captions are HTML ("Photo by <a href=…>…</a>")
        String captionText = caption == null ? null : Jsoup.parse(caption).text().strip();
        return new Image(url, captionText == null || captionText.isEmpty() ? null : captionText, null, alt);
    }

    // an absolute http(s) URL, or one of the Ghost site's own files made site-relative
    private static URI siteUrl(String written) {
        boolean ownFile = written != null && written.startsWith(SITE_URL + "/");
        return AtomEntries.uriOrSitePath(ownFile ? written.substring(SITE_URL.length()) : written);
    }

    private String language(JsonNode post) {
        // Ghost 0.x wrote a "language" for each post, 1 to 4 a "locale" (mostly null)
        String own = JsonFeedItems.text(post, "locale");
        own = own != null ? own : JsonFeedItems.text(post, "language");
        return own != null ? own : siteLanguage;
    }

    // Ghost 0.x wrote dates as milliseconds since 1970, later ones as ISO 8601 text
    private static Instant date(JsonNode value) {
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        return value.isTextual() ? FeedDates.parse(value.asText()).orElse(null) : null;
    }

    // the ids a post is related to through a table of post_id, other id and sort_order, in that order
    private static Map<String, List<String>> related(JsonNode table, String other) {
        List<JsonNode> rows = new ArrayList<>();
        table.forEach(rows::add);
        rows.sort(Comparator.comparingInt(row -> row.path("sort_order").asInt(0)));
        Map<String, List<String>> related = new HashMap<>();
        for (JsonNode row : rows) {
            String post = JsonFeedItems.text(row, "post_id");
            String id = JsonFeedItems.text(row, other);
            if (post != null && id != null) {
                related.computeIfAbsent(post, key -> new ArrayList<>()).add(id);
            }
        }
        return related;
    }

    private static Optional<String> setting(JsonNode settings, String key) {
        for (JsonNode setting : settings) {
            if (key.equals(JsonFeedItems.text(setting, "key"))) {
                return Optional.ofNullable(JsonFeedItems.text(setting, "value"));
            }
        }
        return Optional.empty();
    }

    private static <T> void put(Map<String, T> map, String key, T value) {
        if (key != null && value != null) {
            map.put(key, value);
        }
    }
}
