package dev.herald.core.read;

import static dev.herald.core.read.Readers.readFile;
import static dev.herald.core.read.Readers.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryKeyOfTheSchema() {
        ReadResult result = readFile(folder, "Full Story.json", """
                {
                  "title": "  Full story  ",
                  "summary": "Short.",
                  "body": "Hello *world*.",
                  "published": "2024-11-28T09:30+01:00",
                  "updated": "2024-11-28T10:00:00Z",
                  "authors": ["Ann", {"name": "Bo", "email": "bo@example.org", "url": "https://example.org/bo"}],
                  "tags": ["North Korea", "NATO", "nato"],
                  "link": "https://example.org/full",
                  "image": {"url": "https://example.org/a.jpg", "caption": "Cap", "credit": "AP Photo/X", "alt": "Alt"},
                  "source": {"name": "Reuters", "url": "https://www.reuters.com/"},
                  "language": "pt-br"
                }
                """);
        assertEquals(List.of(), result.problems());
        Article article = result.articleList().get(0);
        assertEquals(new Article("full-story", "Full story", "Short.", "<p>Hello <em>world</em>.</p>\n",
                Instant.parse("2024-11-28T08:30:00Z"), Instant.parse("2024-11-28T10:00:00Z"),
                List.of(Author.named("Ann"), new Author("Bo", "bo@example.org", URI.create("https://example.org/bo"))),
                List.of(new Tag("North Korea", "north-korea"), new Tag("NATO", "nato")),
                URI.create("https://example.org/full"),
                new Image(URI.create("https://example.org/a.jpg"), "Cap", "AP Photo/X", "Alt"),
                new Source("Reuters", URI.create("https://www.reuters.com/")), "pt-BR"), article);
    }

    @Test
    void derivesTheSummaryFromTheFirstParagraph() {
        ReadResult result = readFile(folder, "s.json", """
                {"title": "T", "published": "2024-11-28", "bodyHtml": "<h2>H</h2><p>First <b>para</b>.</p><p>Next.</p>"}
                """);
        assertEquals("First para.", result.articleList().get(0).summary());
    }

    @Test
    void reportsEveryProblemOfAnArticleWithItsLine() {
        ReadResult result = readFile(folder, "bad.json", """
                {
                  "id": "Bad Id",
                  "title": " ",
                  "publised": "2024-11-28",
                  "updated": "yesterday",
                  "tags": "nato",
                  "link": "/relative",
                  "image": {"url": "photos/a.jpg", "size": 3},
                  "language": "not a language!"
                }
                """);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(
                "bad.json:4: unknown key \"publised\" (did you mean \"published\"?)",
                "bad.json:3: title: must not be blank",
                "bad.json:2: id: must be lower-case letters, digits and dashes (at most 120, starting with a letter or digit), was \"Bad Id\"",
                "bad.json:1: published: is required (e.g. 2024-11-28T09:30:00Z)",
                "bad.json:5: updated: is not a date-time: \"yesterday\" (use 2024-11-28T09:30:00Z, 2024-11-28T09:30+01:00 or 2024-11-28)",
                "bad.json:6: tags: must be a list of strings, was the text \"nato\" (a list is written [\"nato\"])",
                "bad.json:7: link: must be an absolute http or https URL, was \"/relative\"",
                "bad.json:8: image: unknown key \"size\"",
                "bad.json:9: language: is not a BCP 47 language tag: \"not a language!\" (a language's code, such as en or pt-BR)"), report(result, folder));
    }

    @Test
    void refusesADateBeforeTheGregorianCalendarThatFeedsWouldShift() {
        ReadResult result = readFile(folder, "short.json", "{\"title\": \"T\", \"published\": \"0024-11-28\"}");
        assertEquals(List.of("short.json:1: published: is before 1583: \"0024-11-28\" (feeds would give it in another"
                + " calendar, days apart; a year typed short?)"), report(result, folder));
    }

    @Test
    void readsAnArrayAndKeepsTheValidArticles() {
        ReadResult result = readFile(folder, "many.json", """
                [
                  {"title": "First One", "published": "2024-11-01"},
                  {"title": "Second", "published": "never"},
                  {"id": "third", "title": "Third", "published": "2024-11-03"}
                ]
                """);
        assertEquals(List.of("first-one", "third"), result.articleList().stream().map(Article::id).toList());
        assertEquals(List.of("many.json:3: published: is not a date-time: \"never\""
                + " (use 2024-11-28T09:30:00Z, 2024-11-28T09:30+01:00 or 2024-11-28)"), report(result, folder));
        assertEquals(4, result.articles().get(1).line());
    }

    @Test
    void rejectsADuplicateKey() {
        ReadResult result = readFile(folder, "dup.json", """
                {"title": "A",
                 "title": "B", "published": "2024-11-01"}
                """);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of("dup.json:2: title: key appears twice in one article"), report(result, folder));
    }

    @Test
    void reportsSyntaxErrorsWithTheirLine() {
        ReadResult result = readFile(folder, "syntax.json", "{\n  \"title\": \"A\",\n  \"published\": 2024-11-01\n}");
        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).line());
        assertEquals(true, result.problems().get(0).message().startsWith("invalid JSON: "));
        // a file cut short: the line where it ends, and none of Jackson's "[Source: REDACTED …]"
        ReadResult cut = readFile(folder, "cut.json", "{\"title\": \"A\",\n\"published\": \"2024-11-28T00:00:00Z\"");
        assertEquals(List.of("cut.json:2: invalid JSON: Unexpected end-of-input: expected close marker for Object"),
                report(cut, folder));
        // and none of Jackson's own switches
        ReadResult comment = readFile(folder, "comment.json", "{\"title\": \"A\", /* draft */ \"published\": \"2024-11-28\"}");
        assertEquals(List.of("comment.json:1: invalid JSON: Unexpected character ('/' (code 47)): JSON has no comments"),
                report(comment, folder));
        ReadResult nan = readFile(folder, "nan.json", "{\"title\": \"A\", \"published\": \"2024-11-28\", \"x\": NaN}");
        assertEquals(List.of("nan.json:1: invalid JSON: Non-standard token 'NaN': JSON has no such value"),
                report(nan, folder));
    }

    @Test
    void stripsCharactersXmlForbidsFromText() {
        ReadResult result = readFile(folder, "ctl.json", """
                {"title": "Bell\\u0007 and tab\\t", "summary": "a\\u0000b", "published": "2024-11-01"}
                """);
        Article article = result.articleList().get(0);
        assertEquals("Bell and tab", article.title());
        assertEquals("ab", article.summary());
    }

    @Test
    void pointsAJsonFeedToImport() {
        ReadResult result = readFile(folder, "feed.json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Desk",
                 "items": [{"id": "1", "title": "A", "content_text": "x"}]}
                """);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of("feed.json:1: a JSON Feed, not an article: herald import FILE --out DIR turns its items"
                + " into article files"), report(result, folder));
    }
}
