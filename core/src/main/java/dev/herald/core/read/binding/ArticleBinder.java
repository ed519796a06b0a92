package dev.herald.core.read.binding;

import static dev.herald.core.read.binding.FieldValues.describe;
import static dev.herald.core.read.binding.FieldValues.quote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problems;
import dev.herald.core.query.Slugs;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.MarkdownRenderer;
import dev.herald.core.text.Summaries;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the keys of one article, from any input format, into an {@link Article}, reporting every
 * problem rather than stopping at the first. Unknown keys are errors, so a typo is caught.
 * Thread-safe.
 */
public final class ArticleBinder {

    /** The keys of DESIGN's article schema. */
    public static final Set<String> KEYS = Set.of("id", "title", "summary", "body", "bodyHtml", "published",
            "updated", "authors", "tags", "link", "image", "source", "language", "enclosures", "draft", "expires");

    private static final Set<String> IMAGE_KEYS = Set.of("url", "caption", "credit", "alt");
    private static final Set<String> AUTHOR_KEYS = Set.of("name", "email", "url");
    private static final Set<String> SOURCE_KEYS = Set.of("name", "url");

    /** A file name that starts with a date, as Jekyll names its posts: "2026-12-01-harbour-reopens". */
    private static final Pattern DATED_FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-");

    private final HtmlSanitizer sanitizer;
    private final MarkdownRenderer markdown;

    public ArticleBinder(HtmlSanitizer sanitizer, MarkdownRenderer markdown) {
        this.sanitizer = sanitizer;
        this.markdown = markdown;
    }

    /** The article, or empty if any error was reported for it (warnings do not count). */
    public Optional<Article> bind(FieldMap fields, ArticleDefaults defaults, Problems problems) {
        int mark = problems.size();
        for (Field field : fields.all()) {
            if (!KEYS.contains(field.name())) {
                scope(problems, field).error(field.line(), null, KeySuggestions.unknownKey(field.name(), KEYS));
            }
        }
        Optional<String> title = title(fields, problems);
        String id = id(fields, defaults, title.orElse(""), problems);
        Instant published = published(fields, defaults, problems);
        Instant updated = fields.find("updated").flatMap(f -> values(problems, f).dateTime(f.value(), "updated", f.line()))
                .orElse(null);
        if (published != null && updated != null && updated.isBefore(published)) {
            Field field = fields.find("updated").orElseThrow();
            scope(problems, field).error(field.line(), "updated", "is before published (" + updated + " < " + published + ")");
        }
        boolean draft = fields.find("draft").flatMap(f -> values(problems, f).bool(f.value(), "draft", f.line()))
                .orElse(false);
        Instant expires = fields.find("expires")
                .flatMap(f -> values(problems, f).dateTime(f.value(), "expires", f.line())).orElse(null);
        if (published != null && expires != null && !expires.isAfter(published)) {
            Field field = fields.find("expires").orElseThrow();
            scope(problems, field).error(field.line(), "expires", "must be after published (" + expires + " <= " + published + ")");
        }
        String contentHtml = content(fields, problems);
        String summary = fields.find("summary").flatMap(f -> values(problems, f).text(f.value(), "summary", f.line()))
                .map(String::strip)
                .orElseGet(() -> Summaries.fromHtml(contentHtml));
        List<Author> authors = fields.find("authors").map(f -> authors(f, scope(problems, f))).orElse(List.of());
        List<Tag> tags = fields.find("tags").map(f -> tags(f, scope(problems, f)))
                .orElseGet(() -> oneOfEachSlug(defaults.suggestedTags()));
        URI link = fields.find("link").flatMap(f -> values(problems, f).url(f.value(), "link", f.line())).orElse(null);
        Image image = fields.find("image").flatMap(f -> image(f, scope(problems, f))).orElse(null);
        Source source = fields.find("source").flatMap(f -> source(f, scope(problems, f))).orElse(null);
        String language = fields.find("language")
                .flatMap(f -> values(problems, f).language(f.value(), "language", f.line())).orElse(null);
        List<Enclosure> enclosures = fields.find("enclosures")
                .map(f -> EnclosureFields.enclosures(f, new FieldValues(scope(problems, f)), scope(problems, f)))
                .orElse(List.of());

        if (problems.hasErrorsSince(mark) || id == null || title.isEmpty() || published == null) {
            return Optional.empty();
        }
        return Optional.of(new Article(id, title.get().strip(), summary, contentHtml, published, updated,
                authors, tags, link, image, source, language, enclosures, draft, expires));
    }

    private static Problems scope(Problems problems, Field field) {
        return field.source() == null ? problems : problems.forSource(field.source());
    }

    private static FieldValues values(Problems problems, Field field) {
        return new FieldValues(scope(problems, field));
    }

    private static Optional<String> title(FieldMap fields, Problems problems) {
        Optional<Field> field = fields.find("title");
        if (field.isEmpty()) {
            problems.error(fields.line(), "title", "is required");
            return Optional.empty();
        }
        JsonNode value = field.get().value();
        Optional<String> title = values(problems, field.get()).text(value, "title", field.get().line());
        if (title.isEmpty() && (value.isTextual() || value.isNull())) {
            scope(problems, field.get()).error(field.get().line(), "title", "must not be blank");
        }
        return title;
    }

    private static String id(FieldMap fields, ArticleDefaults defaults, String title, Problems problems) {
        Optional<Field> field = fields.find("id");
        if (field.isPresent()) {
            Field f = field.get();
            Optional<String> id = values(problems, f).text(f.value(), "id", f.line());
            if (id.isPresent() && !Article.isId(id.get())) {
                scope(problems, f).error(f.line(), "id", "must be lower-case letters, digits and dashes"
                        + " (at most 120, starting with a letter or digit), was " + quote(id.get()));
                return null;
            }
            return id.orElse(null);
        }
        if (defaults.id() != null) {
            if (defaults.id().isEmpty()) {
                problems.error(fields.line(), "id", "is missing and the file name gives none: add an id key");
                return null;
            }
            return defaults.id();
        }
        String fromTitle = Slugs.idSlug(title);
        if (fromTitle.isEmpty() && !title.isEmpty()) {
            problems.error(fields.line(), "id", "is missing and the title gives none: add an id key");
        }
        return fromTitle.isEmpty() ? null : fromTitle;
    }

    private static Instant published(FieldMap fields, ArticleDefaults defaults, Problems problems) {
        Optional<Field> field = fields.find("published");
        if (field.isPresent()) {
            Field f = field.get();
            return values(problems, f).dateTime(f.value(), "published", f.line()).orElse(null);
        }
        if (defaults.published() != null) {
            if (defaults.publishedWarning() != null) {
                problems.warning(fields.line(), "published", defaults.publishedWarning());
            }
            return defaults.published();
        }
        Matcher dated = DATED_FILE_NAME.matcher(defaults.id() == null ? "" : defaults.id());
        problems.error(fields.line(), "published", dated.lookingAt()
                ? "is required: write \"published: " + dated.group(1) + "\" (a date in the file name, as Jekyll names"
                        + " posts, is not read as one)"
                : "is required (e.g. 2024-11-28T09:30:00Z)");
        return null;
    }

    private String content(FieldMap fields, Problems problems) {
        Optional<Field> body = fields.find("body");
        Optional<Field> bodyHtml = fields.find("bodyHtml");
        if (body.isPresent() && bodyHtml.isPresent()) {
            scope(problems, bodyHtml.get()).error(bodyHtml.get().line(), "bodyHtml",
                    "give either body (Markdown) or bodyHtml, not both");
            return "";
        }
        if (bodyHtml.isPresent()) {
            Field f = bodyHtml.get();
            return values(problems, f).text(f.value(), "bodyHtml", f.line())
                    .map(html -> noted(sanitizer.clean(html), f, problems)).orElse("");
        }
        return body.flatMap(f -> values(problems, f).text(f.value(), "body", f.line())
                .map(text -> noted(markdown.renderNoting(text), f, problems))).orElse("");
    }

    // an iframe pasted into a body is a link in the feeds: the editor is told, once per article
    private static String noted(HtmlSanitizer.Sanitized sanitized, Field field, Problems problems) {
        if (!sanitized.note().isEmpty()) {
            scope(problems, field).warning(field.line(), field.name(), sanitized.note());
        }
        return sanitized.html();
    }

    private static List<Author> authors(Field field, Problems problems) {
        FieldValues values = new FieldValues(problems);
        List<JsonNode> items = new ArrayList<>();
        if (field.value().isArray()) {
            field.value().forEach(items::add);
        } else {
            items.add(field.value());
        }
        List<Author> authors = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isTextual()) {
                values.text(item, "authors", field.line()).map(name -> Author.named(name.strip())).ifPresent(authors::add);
            } else if (!item.isObject()) {
                problems.error(field.line(), "authors", "must be names or {name, email, url} objects, found " + describe(item));
            } else if (KeySuggestions.checkKeys(item, AUTHOR_KEYS, "authors", field.line(), problems)) {
                Optional<String> name = values.text(item.path("name"), "authors.name", field.line());
                Optional<String> email = values.email(item.path("email"), "authors.email", field.line());
                Optional<URI> url = values.url(item.path("url"), "authors.url", field.line());
                if (name.isEmpty()) {
                    problems.error(field.line(), "authors.name", "is required for every author");
                } else {
                    authors.add(new Author(name.get().strip(), email.map(String::strip).orElse(null), url.orElse(null)));
                }
            }
        }
        return authors;
    }

    private static List<Tag> tags(Field field, Problems problems) {
        if (!field.value().isArray()) {
            problems.error(field.line(), "tags", "must be a list of strings, was " + describe(field.value())
                    + FieldValues.listHint(field.value()));
            return List.of();
        }
        FieldValues values = new FieldValues(problems);
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        for (JsonNode item : field.value()) {
            Optional<String> label = values.text(item, "tags", field.line());
            if (label.isEmpty()) {
                continue;
            }
            Optional<Tag> tag = Slugs.tag(label.get());
            if (tag.isEmpty()) {
                problems.error(field.line(), "tags", "tag " + quote(label.get()) + " has no letter or digit");
            } else {
                bySlug.putIfAbsent(tag.get().slug(), tag.get());
            }
        }
        return List.copyOf(bySlug.values());
    }

    // a story in a tag's feed once: tags of one slug are one tag, as for tags written in the article
    private static List<Tag> oneOfEachSlug(List<Tag> tags) {
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        tags.forEach(tag -> bySlug.putIfAbsent(tag.slug(), tag));
        return List.copyOf(bySlug.values());
    }

    private static Optional<Image> image(Field field, Problems problems) {
        JsonNode node = field.value();
        if (!node.isObject()) {
            problems.error(field.line(), "image", "must be an object {url, caption, credit, alt}, was " + describe(node));
            return Optional.empty();
        }
        if (!KeySuggestions.checkKeys(node, IMAGE_KEYS, "image", field.line(), problems)) {
            return Optional.empty();
        }
        FieldValues values = new FieldValues(problems);
        Optional<URI> url = values.urlOrSitePath(node.path("url"), "image.url", field.line());
        Optional<String> caption = values.text(node.path("caption"), "image.caption", field.line());
        Optional<String> credit = values.text(node.path("credit"), "image.credit", field.line());
        Optional<String> alt = values.text(node.path("alt"), "image.alt", field.line());
        if (url.isEmpty() && caption.isEmpty() && credit.isEmpty()) {
            if (node.path("url").isMissingNode()) {
                problems.error(field.line(), "image.url", "is required for an image without caption or credit");
            }
            return Optional.empty();
        }
        return Optional.of(new Image(url.orElse(null), caption.map(String::strip).orElse(null),
                credit.map(String::strip).orElse(null), alt.map(String::strip).orElse(null)));
    }

    private static Optional<Source> source(Field field, Problems problems) {
        JsonNode node = field.value();
        FieldValues values = new FieldValues(problems);
        if (node.isTextual()) {
            return values.text(node, "source", field.line()).map(name -> new Source(name.strip(), null));
        }
        if (!node.isObject()) {
            problems.error(field.line(), "source", "must be a name or an object {name, url}, was " + describe(node));
            return Optional.empty();
        }
        if (!KeySuggestions.checkKeys(node, SOURCE_KEYS, "source", field.line(), problems)) {
            return Optional.empty();
        }
        Optional<String> name = values.text(node.path("name"), "source.name", field.line());
        Optional<URI> url = values.url(node.path("url"), "source.url", field.line());
        if (name.isEmpty()) {
            problems.error(field.line(), "source.name", "is required");
            return Optional.empty();
        }
        return Optional.of(new Source(name.get().strip(), url.orElse(null)));
    }
}
