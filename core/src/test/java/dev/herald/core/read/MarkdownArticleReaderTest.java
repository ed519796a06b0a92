package dev.herald.core.read;

import static dev.herald.core.read.Readers.readFile;
import static dev.herald.core.read.Readers.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownArticleReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsFrontMatterAndRendersTheBody() {
        ReadResult result = readFile(folder, "Kyiv Grid.md", """
                ---
                title: Kyiv grid
                published: 2024-11-28
                tags: [Ukraine, Energy]
                ---
                First paragraph with <b>bold</b>.

                ## Section
                """);
        assertEquals(List.of(), result.problems());
        Article article = result.articleList().get(0);
        assertEquals("kyiv-grid", article.id());
        assertEquals(Instant.parse("2024-11-28T00:00:00Z"), article.published());
        assertEquals("<p>First paragraph with <b>bold</b>.</p>\n<h2>Section</h2>\n", article.contentHtml());
        assertEquals("First paragraph with bold.", article.summary());
    }

    @Test
    void saysWhatAPastedEmbedBecomes() {
        ReadResult result = readFile(folder, "launch.md", """
                ---
                title: Launch
                published: 2026-12-01T10:00:00Z
                ---
                Watch the launch:

                <iframe src="https://video.example/embed/launch" title="The launch"></iframe>
                <script src="https://widgets.example/embed.js"></script>
                """);
        assertEquals(List.of("launch.md:5: warning: body: <iframe> is a link to what it showed: feeds and pages embed"
                + " nothing from elsewhere; <script> left out: feeds and pages carry no scripts, styles, forms, drawings or frames"),
                report(result, folder));
        assertEquals("<p>Watch the launch:</p>\n<p><a href=\"https://video.example/embed/launch\">The launch</a></p>\n\n",
                result.articleList().get(0).contentHtml());
    }

    @Test
    void readsADraftAndWhenItExpires() {
        ReadResult result = readFile(folder, "embargo.md", """
                ---
                title: Embargo
                published: 2026-12-03T06:00:00Z
                expires: 2026-12-10
                draft: true
                image:
                  url: /images/harbour.jpg
                ---
                Body.
                """);
        assertEquals(List.of(), result.problems());
        Article article = result.articleList().get(0);
        assertEquals(true, article.draft());
        assertEquals(Instant.parse("2026-12-10T00:00:00Z"), article.expires());
        assertEquals("/images/harbour.jpg", article.image().url().toString());
    }

    @Test
    void refusesADraftFlagThatIsNotABooleanAndAnExpiryBeforePublication() {
        ReadResult result = readFile(folder, "bad-times.md", """
                ---
                title: Bad times
                published: 2026-12-03
                draft: "yes"
                expires: 2026-12-01
                ---
                Body.
                """);
        assertEquals(List.of(
                "bad-times.md:4: draft: must be true or false, was the text \"yes\"",
                "bad-times.md:5: expires: must be after published (2026-12-01T00:00:00Z <= 2026-12-03T00:00:00Z)"),
                report(result, folder));
    }

    @Test
    void pointsProblemsAtTheirLineInTheFile() {
        ReadResult result = readFile(folder, "typo.md", """
                ---
                title: Typo
                publised: 2024-11-28
                image:
                  url: photos/a.jpg
                ---
                Body.
                """);
        assertEquals(List.of(
                "typo.md:3: unknown key \"publised\" (did you mean \"published\"?)",
                "typo.md:2: published: is required (e.g. 2024-11-28T09:30:00Z)",
                "typo.md:4: image.url: must be an absolute http or https URL or a path from the site's root (/images/x.jpg), was \"photos/a.jpg\""),
                report(result, folder));
    }

    @Test
    void saysWhatToWriteForAJekyllPostDatedByItsFileName() {
        ReadResult result = readFile(folder, "2026-12-01-harbour-reopens.md", """
                ---
                title: Harbour reopens
                ---
                Body.
                """);
        assertEquals(List.of("2026-12-01-harbour-reopens.md:2: published: is required: write \"published: 2026-12-01\""
                + " (a date in the file name, as Jekyll names posts, is not read as one)"), report(result, folder));
    }

    @Test
    void namesHeraldsKeyForFrontMatterBroughtFromAnotherGenerator() {
        ReadResult result = readFile(folder, "hugo.md", """
                ---
                title: From Hugo
                date: 2024-11-28
                categories: [Harbour]
                Slug: from-hugo
                ---
                Body.
                """);
        assertEquals(List.of(
                "hugo.md:3: unknown key \"date\" (Herald calls it \"published\")",
                "hugo.md:4: unknown key \"categories\" (Herald calls it \"tags\")",
                "hugo.md:5: unknown key \"Slug\" (Herald calls it \"id\")",
                "hugo.md:2: published: is required (e.g. 2024-11-28T09:30:00Z)"),
                report(result, folder));
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        ReadResult result = readFile(folder, "yaml.md", """
                ---
                title: A
                credit: Photo: Someone
                ---
                Body.
                """);
        assertEquals(List.of("yaml.md:3: invalid YAML: mapping values are not allowed here"), report(result, folder));
    }

    @Test
    void saysATabAfterAKeysColonIsNoIndentation() {
        ReadResult result = readFile(folder, "tab.md", "---\ntitle:\tA tabbed title\npublished: 2024-11-28\n---\nBody.\n");
        assertEquals(List.of("tab.md:2: invalid YAML: a tab (column 7), where YAML takes only spaces: write a space after"
                + " a key's colon, and spaces to indent"), report(result, folder));
    }

    @Test
    void refusesYamlAliases() {
        ReadResult result = readFile(folder, "bomb.md", """
                ---
                title: &a "lol"
                summary: *a
                published: 2024-11-28
                ---
                """);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of("bomb.md:3: summary: YAML aliases (*a) are not supported"), report(result, folder));
    }

    @Test
    void refusesBinaryValuesOnTheirLine() {
        ReadResult result = readFile(folder, "binary.md", """
                ---
                title: A picture
                published: 2024-11-28
                summary: !!binary |
                  R0lGODlhAQABAAAAACw=
                ---
                Body.
                """);
        assertEquals(List.of(), result.articles());
        assertEquals(List.of("binary.md:4: summary: binary data (!!binary) is not supported: write text"),
                report(result, folder));
    }

    @Test
    void explainsAMissingFrontMatter() {
        ReadResult result = readFile(folder, "plain.md", "# Just Markdown\n");
        assertEquals(List.of("plain.md:1: no front matter: a Markdown article starts with a line \"---\","
                + " then YAML keys such as \"title:\" and \"published:\", then \"---\""), report(result, folder));
        ReadResult toml = readFile(folder, "toml.md", "+++\ntitle = \"From Hugo\"\n+++\nBody.\n");
        assertEquals(List.of("toml.md:1: TOML front matter (\"+++\") is not read: a Markdown article starts with a"
                + " line \"---\", then YAML keys such as \"title:\" and \"published:\", then \"---\""),
                report(toml, folder));
    }

    @Test
    void needsAnIdWhenTheFileNameGivesNone() {
        ReadResult result = readFile(folder, "Экономика.md", "---\ntitle: Рост\npublished: 2024-11-28\n---\n");
        assertEquals(List.of("Экономика.md:2: id: is missing and the file name gives none: add an id key"),
                report(result, folder));
    }
}
