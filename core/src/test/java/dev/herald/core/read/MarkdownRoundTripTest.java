package dev.herald.core.read;

import static dev.herald.core.read.Readers.readFile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.core.format.markdown.MarkdownArticleWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code herald import} writes as Markdown, Herald reads back as the same article, whatever
 * the text: YAML reads many plain words as numbers, dates or booleans, and a line {@code ---}
 * in the HTML ends front matter only where it starts a line.
 */
class MarkdownRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"5_6_78", "1_000", "1:20", "190:20:30", "0x1F", "0o17", "0b101", "+12", ".5", "1e3",
        "-.inf", ".NaN", "~", "null", "Null", "yes", "No", "on", "OFF", "y", "true", "2025-01-01",
        "2025-01-01 10:00:00", "<<", "=", "0777", "12e03", "-0"})
    void keepsTextThatYamlWouldReadAsSomethingElse(String text) throws Exception {
        Article article = roundTrip(text, "<p>" + text + "</p>\n");
        assertEquals(text, article.title());
        assertEquals(text, article.summary());
        assertEquals(tagsOf(text), article.tags().stream().map(Tag::label).toList());
        assertEquals(List.of(text), article.authors().stream().map(author -> author.name()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<pre><code>Foo\n---\n\nFoo\n</code></pre>\n<hr>\n",
        "<pre><code>  ---\n---\n...\n</code></pre>\n"})
    void keepsHtmlWithLinesThatLookLikeTheEndOfFrontMatter(String html) throws Exception {
        assertEquals(html, roundTrip("Fences", html).contentHtml());
    }

    // a tag needs a letter or digit
    private static List<String> tagsOf(String text) {
        return text.chars().anyMatch(Character::isLetterOrDigit) ? List.of(text) : List.of();
    }

    // the article read from JSON, written as Markdown by the importer's writer and read back
    private Article roundTrip(String text, String html) throws Exception {
        ObjectNode json = JSON.createObjectNode().put("id", "round-trip").put("title", text)
                .put("published", "2025-01-15T10:02:00Z").put("summary", text).put("bodyHtml", html);
        tagsOf(text).forEach(json.putArray("tags")::add);
        json.putArray("authors").add(text);
        ReadResult original = readFile(folder, "round-trip.json", JSON.writeValueAsString(json));
        assertEquals(List.of(), original.problems());
        String markdown = new MarkdownArticleWriter().markdownFile(original.articleList().get(0));
        ReadResult read = readFile(folder, "round-trip.md", markdown);
        assertEquals(List.of(), read.problems(), markdown);
        return read.articleList().get(0);
    }
}
