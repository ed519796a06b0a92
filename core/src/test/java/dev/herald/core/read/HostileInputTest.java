package dev.herald.core.read;

import static dev.herald.core.read.Readers.readFile;
import static dev.herald.core.read.Readers.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input crafted to break a reader or a feed: each gives a problem with its file and line, never an exception. */
class HostileInputTest {

    @TempDir
    Path folder;

    @Test
    void jsonNestedDeeperThanTheLimitIsAProblem() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        ReadResult result = readFile(folder, "deep.json", deep);
        assertEquals(List.of("deep.json:1: each element of the list must be an article object",
                "deep.json: invalid JSON: nested more than 64 levels deep"), report(result, folder));
    }

    @Test
    void jsonNestedDeepInsideAnArticleIsAProblemOfThatFile() {
        ReadResult result = readFile(folder, "deep.json", "{\"title\": \"T\", \"published\": \"2024-11-28\", \"image\": "
                + "{\"url\": ".repeat(200) + "1" + "}".repeat(201));
        assertEquals(List.of("deep.json: invalid JSON: nested more than 64 levels deep"), report(result, folder));
    }

    @Test
    void yamlNestedDeeplyIsAProblem() {
        String deep = "---\ntitle: T\npublished: 2024-11-28\nimage: " + "[".repeat(500) + "]".repeat(500) + "\n---\nBody\n";
        ReadResult result = readFile(folder, "deep.md", deep);
        assertEquals(List.of("deep.md:2: invalid YAML: lists and mappings nested more than 20 levels deep"),
                report(result, folder));
        String deeper = "---\ntitle: T\npublished: 2024-11-28\ntags: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\nBody\n";
        assertEquals(List.of("deep.md:2: invalid YAML: lists and mappings nested more than 20 levels deep"),
                report(readFile(folder, "deep.md", deeper), folder));
    }

    @Test
    void aLinkToADeviceIsAProblemOfItsFileNotAnOutOfMemory() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "a system without /dev/zero");
        Path link = Files.createSymbolicLink(folder.resolve("endless.md"), zero);
        ReadResult result = ArticleReader.forSite(SiteSettings.defaults()).read(link);
        assertEquals(List.of("endless.md: holds more than 16 MiB (a device, or a file that grew while read); article"
                + " files may be at most that"), report(result, folder));
    }

    @Test
    void aControlCharacterInYamlIsNamed() {
        ReadResult result = readFile(folder, "bell.md", "---\ntitle: Bell \u0007 rings\npublished: 2024-11-28\n---\nBody\n");
        assertEquals(List.of("bell.md:2: invalid YAML: a character YAML does not allow (U+0007, a control character or a"
                + " noncharacter): remove it"), report(result, folder));
    }

    @Test
    void aYamlKeyThatIsAListIsAProblemInAWritersWords() {
        ReadResult result = readFile(folder, "key.md", "---\n? [a, b]\n: c\ntitle: T\npublished: 2024-11-28\n---\nBody\n");
        assertEquals(List.of("key.md:2: invalid YAML: a key must be plain text, not a list or a mapping"),
                report(result, folder));
    }

    @Test
    void markdownNestedThousandsDeepReadsOrIsAProblem() {
        String deep = "---\ntitle: T\npublished: 2024-11-28\n---\n" + "> ".repeat(20_000) + "deep\n";
        ReadResult result = readFile(folder, "deep.md", deep);
        assertEquals(result.articles().isEmpty(), result.hasErrors(), result.problems().toString());
    }

    @Test
    void htmlNestedThousandsDeepReadsOrIsAProblem() {
        String body = "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000);
        ReadResult result = readFile(folder, "deep.json", "{\"title\": \"T\", \"published\": \"2024-11-28\", \"bodyHtml\": \""
                + body + "\"}");
        assertEquals(result.articles().isEmpty(), result.hasErrors(), result.problems().toString());
    }

    @Test
    void anEmailFeedsWouldRejectIsAProblem() {
        ReadResult result = readFile(folder, "a.json", """
                {"title": "T", "published": "2024-11-28", "authors": [{"name": "A", "email": "not-an-email"}]}
                """);
        assertEquals(List.of("a.json:1: authors.email: is not an e-mail address: \"not-an-email\""
                + " (feeds need name@example.org)"), report(result, folder));
    }

    @Test
    void enclosuresAreReadWithTheirTypesChecked() {
        ReadResult good = readFile(folder, "a.json", """
                {"title": "T", "published": "2024-11-28",
                 "enclosures": [{"url": "https://cdn.example/a.mp3", "type": "audio/mpeg", "length": 1200}]}
                """);
        assertEquals(List.of(new Enclosure(URI.create("https://cdn.example/a.mp3"), "audio/mpeg", 1200)),
                good.articleList().get(0).enclosures());
        ReadResult bad = readFile(folder, "b.json", """
                {"title": "T", "published": "2024-11-28",
                 "enclosures": [{"url": "https://cdn.example/a.mp3", "type": "mp3", "length": -1}]}
                """);
        assertEquals(List.of("b.json:2: enclosures.type: is not a MIME type: \"mp3\" (e.g. audio/mpeg)",
                "b.json:2: enclosures.length: must be a size in bytes (a whole number), was the number -1"),
                report(bad, folder));
    }

    @Test
    void bidiControlsLeaveTitlesAndTagsButNotTheBody() {
        ReadResult result = readFile(folder, "a.json", "{\"title\": \"Invoice \\u202Efdp.exe\", \"published\": \"2024-11-28\","
                + " \"tags\": [\"\\u2066Tag\\u2069\"], \"bodyHtml\": \"<p>\\u202Bعربي\\u202C</p>\"}");
        Article article = result.articleList().get(0);
        assertEquals("Invoice fdp.exe", article.title());
        assertEquals(List.of(new Tag("Tag", "tag")), article.tags());
        assertEquals("<p>\u202Bعربي\u202C</p>", article.contentHtml());
    }

    @Test
    void labelsThatShareASlugAreReported() {
        Article a = article("a", "Climate change");
        Article b = article("b", "climate-change");
        ReadResult checked = TagCollisions.check(new ReadResult(List.of(new SourcedArticle(a, "a.md", 2),
                new SourcedArticle(b, "b.md", 3)), List.of()));
        assertEquals(List.of(Problem.warning("b.md", 3, "tags", "tag \"climate-change\" has the slug climate-change of"
                + " tag \"Climate change\" (a.md:2): they are one tag, shown as \"Climate change\"")), checked.problems());
    }

    private static Article article(String id, String tag) {
        return new Article(id, id, "", "", Instant.parse("2024-11-28T00:00:00Z"), null, List.of(),
                List.of(dev.herald.core.query.Slugs.tag(tag).orElseThrow()), null, null, null, null);
    }
}
