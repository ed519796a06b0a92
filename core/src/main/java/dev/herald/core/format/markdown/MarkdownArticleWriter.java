package dev.herald.core.format.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.herald.core.HeraldException;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.HtmlToMarkdown;
import dev.herald.core.text.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an article as a Markdown file with YAML front matter, the form Herald reads back. The
 * body is Markdown when that renders to the same HTML, else it is kept as {@code bodyHtml}.
 * Thread-safe.
 */
public final class MarkdownArticleWriter {

    /** The YAML comment that names the feed entry an imported file came from. */
    public static final String IMPORTED_FROM = "# imported from: ";
    /** The YAML comment that holds a digest of the rest of the file as it was imported. */
    private static final String IMPORTED_AS = "# imported as: sha256:";

    private final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new PlainScalarQuoting())
            .build());
    private final HtmlToMarkdown toMarkdown = new HtmlToMarkdown(new MarkdownRenderer(new HtmlSanitizer()));


    /**
     * The whole file, its front matter opened by the comment {@value #IMPORTED_FROM} and
     * {@code entry}, the feed entry it was imported from, so a later import knows the file is its own.
     */
    public String importedFile(Article article, String entry) {
        String file = markdownFile(article);
        return "---\n" + IMPORTED_FROM + entry.replaceAll("[\\p{Cntrl}\\s]+", " ").strip() + "\n"
                + IMPORTED_AS + sha256(file) + "\n" + file.substring("---\n".length());
    }

    /**
     * Whether a file an import wrote was changed since (an editor's correction, which the next
     * import must not write over); false for a file without the import's digest, as older imports
     * wrote them.
     */
    public static boolean editedSinceImported(String file) {
        Optional<String> entry = importedFrom(file);
        if (entry.isEmpty()) {
            return false;
        }
        int digestLine = "---\n".length() + IMPORTED_FROM.length() + entry.get().length() + 1;
        if (!file.startsWith(IMPORTED_AS, digestLine)) {
            return false;
        }
        int end = file.indexOf('\n', digestLine);
        String digest = file.substring(digestLine + IMPORTED_AS.length(), end < 0 ? file.length() : end);
        return end < 0 || !digest.equals(sha256("---\n" + file.substring(end + 1)));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The entry a file says it was imported from (see {@link #importedFile}), or empty. */
    public static Optional<String> importedFrom(String file) {
        String prefix = "---\n" + IMPORTED_FROM;
        if (!file.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = file.indexOf('\n', prefix.length());
        return Optional.of(file.substring(prefix.length(), end < 0 ? file.length() : end));
    }

    /** The whole file: {@code ---}, front matter, {@code ---}, body. */
    public String markdownFile(Article article) {
        Optional<String> markdown = toMarkdown.convert(article.contentHtml());
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("id", article.id());
        front.put("title", article.title());
        front.put("published", article.published().toString());
        if (article.updated() != null) {
            front.put("updated", article.updated().toString());
        }
        if (article.expires() != null) {
            front.put("expires", article.expires().toString());
        }
        if (article.draft()) {
            front.put("draft", true);
        }
        if (!article.authors().isEmpty()) {
            front.put("authors", article.authors().stream().map(MarkdownArticleWriter::author).toList());
        }
        if (!article.tags().isEmpty()) {
            front.put("tags", article.tags().stream().map(Tag::label).toList());
        }
        if (article.link() != null) {
            front.put("link", article.link().toString());
        }
        if (!article.summary().isEmpty()) {
            front.put("summary", article.summary());
        }
        if (article.image() != null) {
            front.put("image", image(article.image()));
        }
        if (article.source() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("name", article.source().name());
            if (article.source().url() != null) {
                source.put("url", article.source().url().toString());
            }
            front.put("source", source);
        }
        if (article.language() != null) {
            front.put("language", article.language());
        }
        if (!article.enclosures().isEmpty()) {
            front.put("enclosures", article.enclosures().stream().map(MarkdownArticleWriter::enclosure).toList());
        }
        if (markdown.isEmpty()) {
            front.put("bodyHtml", article.contentHtml());
        }
        try {
            return "---\n" + yaml.writeValueAsString(front) + "---\n" + markdown.map(body -> body + "\n").orElse("");
        } catch (JsonProcessingException e) {
            throw new HeraldException("cannot write front matter of " + article.id(), e);
        }
    }

    private static Object author(Author author) {
        if (author.email() == null && author.url() == null) {
            return author.name();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", author.name());
        if (author.email() != null) {
            map.put("email", author.email());
        }
        if (author.url() != null) {
            map.put("url", author.url().toString());
        }
        return map;
    }

    private static Map<String, Object> enclosure(Enclosure enclosure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("url", enclosure.url().toString());
        map.put("type", enclosure.mediaType());
        if (enclosure.length() > 0) {
            map.put("length", enclosure.length());
        }
        return map;
    }

    private static Map<String, Object> image(Image image) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (var entry : List.of(
                Map.entry("url", image.url() == null ? "" : image.url().toString()),
                Map.entry("caption", image.caption() == null ? "" : image.caption()),
                Map.entry("credit", image.credit() == null ? "" : image.credit()),
                Map.entry("alt", image.alt() == null ? "" : image.alt()))) {
            if (!entry.getValue().isEmpty()) {
                map.put(entry.getKey(), entry.getValue());
            }
        }
        return map;
    }
}
