package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll or Hugo site's posts imported as a site moving to Herald means them: their keys read
 * as those generators name them, dated by file name where Jekyll dates them so, drafts kept
 * unpublished, shortcodes and Liquid tags Herald can translate translated and the others named.
 * The Jekyll posts are the test fixtures of Ghost's migration tools (MIT, test resources
 * jekyll-posts/); the Hugo site is written here.
 */
class SiteFolderImportTest {

    private final FeedImporter importer = new FeedImporter();

    @TempDir
    Path site;

    @Test
    void importsAJekyllSitesPostsDatedByTheirFileNames() throws IOException, URISyntaxException {
        Path posts = Path.of(SiteFolderImportTest.class.getResource("/jekyll-posts").toURI());
        Import imported = importer.importSiteFolder(posts, null);
        Map<String, Article> byId = byId(imported);
        assertEquals(13, byId.size(), imported.problems().toString());
        Article basic = byId.get("basic-post");
        assertEquals("This is a Basic Post", basic.title());
        assertEquals(Instant.parse("2021-08-23T00:00:00Z"), basic.published());
        assertEquals(List.of(new Author("Persons Name", null, null)), basic.authors());
        assertEquals(Instant.parse("2021-09-01T00:00:00Z"), byId.get("alt-date-format").published());
        // category, categories and tag, tags: Jekyll's words separated by spaces are as many tags
        assertEquals(List.of("Posts", "Articles", "News", "dolor", "Simet-Amet", "Lorem", "Ipsum"),
                byId.get("front-matter-tags-cats").tags().stream().map(Tag::label).toList());
        assertTrue(byId.get("published-false").draft());
        assertEquals(Instant.parse("2022-06-06T00:00:00Z"), byId.get("unquoted-date").published());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString()
                .endsWith("jekyll-posts: warning: not imported: basename (1 post)")), imported.problems().toString());
    }

    @Test
    void importsAHugoSitesContentWithTomlFrontMatterBundlesAndShortcodes() throws IOException {
        write("content/posts/ferry-fares/index.md", """
                +++
                title = "Ferry fares rise"
                date = 2026-12-01T09:00:00Z
                publishDate = 2026-12-02T06:00:00Z
                lastmod = 2026-12-03T10:00:00Z
                tags = ["Ferries", "Prices"]
                categories = ["Transport"]
                authors = ["Jo Park", "Ana Ruiz"]
                description = "Fares rise by a tenth in January."
                images = ["/images/ferry.jpg"]
                weight = 3
                +++
                {{< figure src="/images/queue.jpg" alt="A queue at the pier" caption="The morning queue" >}}

                Fares rise, as [the timetable]({{< ref "posts/timetable.md" >}}) said they would.

                {{< youtube dQw4w9WgXcQ >}}

                {{< gallery dir="/images/pier" >}}
                """);
        write("content/posts/timetable.md", """
                ---
                title: The winter timetable
                date: 2026-11-20
                draft: true
                ---
                Fewer sailings.
                """);
        write("content/posts/_index.md", """
                ---
                title: Posts
                ---
                All our posts.
                """);
        write("README.md", "# Our site\n");
        Import imported = importer.importSiteFolder(site, null);
        Map<String, Article> byId = byId(imported);
        assertEquals(List.of("ferry-fares", "timetable"), byId.keySet().stream().sorted().toList(),
                imported.problems().toString());
        Article fares = byId.get("ferry-fares");
        assertEquals(Instant.parse("2026-12-02T06:00:00Z"), fares.published(), "publishDate is when it goes out");
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), fares.updated());
        assertEquals(List.of("Transport", "Ferries", "Prices"), fares.tags().stream().map(Tag::label).toList());
        assertEquals(List.of(new Author("Jo Park", null, null), new Author("Ana Ruiz", null, null)), fares.authors());
        assertEquals("Fares rise by a tenth in January.", fares.summary());
        assertEquals(new Image(URI.create("/images/ferry.jpg"), null, null, null), fares.image());
        String body = fares.contentHtml();
        // the figure shows another picture than the post's image: it stays, with its own caption
        assertTrue(body.contains("<img src=\"/images/queue.jpg\" alt=\"A queue at the pier\">"), body);
        assertTrue(body.contains("<figcaption>The morning queue</figcaption>"), body);
        assertTrue(body.contains("<a href=\"/articles/timetable\">the timetable</a>"), body);
        assertTrue(body.contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), body);
        assertTrue(byId.get("timetable").draft());
        List<String> problems = imported.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains(site + ": warning: left as written, for an editor to replace: {{< gallery >}}"
                + " (1 post)"), problems.toString());
        assertTrue(problems.contains(site + ": warning: skipped what a Jekyll or Hugo content folder holds beside its"
                + " stories: 1 list page"), problems.toString());
    }

    @Test
    void translatesJekyllsHighlightPostUrlAndSiteUrlAndLeavesOutAttributeLists() throws IOException {
        write("_posts/2026-11-20-timetable.md", "---\ntitle: Timetable\n---\nFewer sailings.\n");
        write("_posts/2026-12-01-fares.markdown", """
                ---
                title: Fares
                tags: ferries
                ---
                Fares rise, as [the timetable]({% post_url 2026-11-20-timetable %}) said.
                {: .lead}

                ![Pier]({{ site.baseurl }}/images/pier.jpg)

                {% highlight ruby %}
                puts "fares"
                {% endhighlight %}

                {% include newsletter.html %}
                """);
        Import imported = importer.importSiteFolder(site, null);
        String body = byId(imported).get("fares").contentHtml();
        assertTrue(body.contains("<a href=\"/articles/timetable\">the timetable</a>"), body);
        assertTrue(body.contains("<img src=\"/images/pier.jpg\" alt=\"Pier\">"), body);
        assertTrue(body.contains("<pre><code class=\"language-ruby\">puts \"fares\""), body);
        assertFalse(body.contains("{:"), body);
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString().endsWith(
                "warning: left as written, for an editor to replace: {% include %} (1 post)")),
                imported.problems().toString());
    }

    @Test
    void takesALeadingPictureOfTheSitesOwnFilesAsTheLeadImage() throws IOException {
        write("_posts/2026-12-02-dock.md", "---\ntitle: Dock\n---\n{{< figure src=\"/images/dock.jpg\" caption=\"The dock\""
                + " >}}\n\nClosed.\n");
        Article dock = byId(importer.importSiteFolder(site, null)).get("dock");
        assertEquals(new Image(URI.create("/images/dock.jpg"), "The dock", null, null), dock.image());
        assertEquals("<p>Closed.</p>", dock.contentHtml().strip());
    }

    @Test
    void takesTheTeaserBeforeMoreAsSummaryAndTranslatesHugosHighlightAndTweets() throws IOException {
        write("content/post/code.md", """
                ---
                title: Code at the port
                date: 2026-12-01
                ---
                The port's software, *explained*.
                <!--more-->
                {{< highlight go "linenos=table" >}}
                fmt.Println("ferry")
                {{< /highlight >}}

                {{< twitter_simple user="harbourdaily" id="1085870671291310081" >}}
                """);
        Article code = byId(importer.importSiteFolder(site, null)).get("code");
        assertEquals("The port's software, explained.", code.summary());
        assertTrue(code.contentHtml().contains("<pre><code class=\"language-go\">fmt.Println(\"ferry\")"),
                code.contentHtml());
        assertTrue(code.contentHtml().contains("https://x.com/harbourdaily/status/1085870671291310081"),
                code.contentHtml());
    }

    @Test
    void takesAJekyllSitesPostsAndLeavesItsPagesOut() throws IOException {
        write("_posts/2026-12-01-fares.md", "---\ntitle: Fares\n---\nUp.\n");
        write("_drafts/dredging.md", "---\ntitle: Dredging\n---\nSoon.\n");
        write("about.md", "---\nlayout: default\ntitle: About\n---\nUs.\n");
        write("index.html", "---\nlayout: home\n---\n");
        write("_config.yml", "title: Harbour\n");
        Import imported = importer.importSiteFolder(site, null);
        assertEquals(List.of("dredging", "fares"), byId(imported).keySet().stream().sorted().toList(),
                imported.problems().toString());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString().endsWith("warning: skipped what a Jekyll"
                + " or Hugo content folder holds beside its stories: 2 pages")), imported.problems().toString());
    }

    @Test
    void titlesAPostWithoutOneAsJekyllDoesAndReadsItsRawAndCommentBlocks() throws IOException {
        write("_posts/2026-12-01-welcome-to-the-harbour.md", """
                ---
                layout: post
                modified_date: 2026-12-02
                ---
                {% comment %}Remember to add the map.{% endcomment %}
                In a template, write `{% raw %}{{ page.title }}{% endraw %}`.
                """);
        Import imported = importer.importSiteFolder(site, null);
        Article welcome = byId(imported).get("welcome-to-the-harbour");
        assertEquals("Welcome To The Harbour", welcome.title());
        assertEquals(Instant.parse("2026-12-02T00:00:00Z"), welcome.updated());
        assertEquals("<p>In a template, write <code>{{ page.title }}</code>.</p>", welcome.contentHtml().strip());
        assertEquals(List.of(), imported.problems().stream().map(Object::toString).toList());
    }

    @Test
    void leavesOutAPageOfAHugoSite() throws IOException {
        write("content/about.md", "---\ntitle: About\n---\nUs.\n");
        write("content/posts/contact.md", "---\ntitle: Contact\ntype: page\n---\nWrite.\n");
        write("content/homepage/index.md", "---\nheadless: true\n---\n");
        write("content/homepage/work.md", "---\ntitle: Our work\n---\nNews.\n");
        write("content/posts/fares.md", "---\ntitle: Fares\ndate: 2026-12-01\n---\nUp.\n");
        assertEquals(List.of("fares"), byId(importer.importSiteFolder(site, null)).keySet().stream().toList());
    }

    @Test
    void importsNoPostWhoseFrontMatterCannotBeReadWhole() throws IOException {
        write("_posts/2026-12-01-fares.md", "---\ntitle: Fares\nlist: &a [1, 2]\nagain: *a\n---\nUp.\n");
        write("_posts/2026-12-02-pier.md", "---\ntitle: Pier\n---\nLit.\n");
        Import imported = importer.importSiteFolder(site, null);
        assertEquals(List.of("pier"), byId(imported).keySet().stream().toList());
        assertTrue(imported.problems().stream().anyMatch(p -> p.isError()
                && p.toString().startsWith(site.resolve("_posts/2026-12-01-fares.md") + ":4:")),
                imported.problems().toString());
    }

    @Test
    void namesThePostFileOfAProblem() throws IOException {
        write("_posts/untitled.md", "---\nlayout: post\n---\n");
        Import imported = importer.importSiteFolder(site, null);
        assertEquals(List.of(site.resolve("_posts/untitled.md") + ": published: the post (\"Untitled\") has no date;"
                + " skipped (--published gives entries without one a date)"),
                imported.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFolderWithoutPostsIsNamedSo() throws IOException {
        write("notes.txt", "not a post");
        Import imported = importer.importSiteFolder(site, null);
        assertEquals(List.of(site + ": no post found: a folder is imported as a Jekyll or Hugo site's posts, each a"
                + " Markdown or HTML file that starts with front matter (a \"---\" or \"+++\" line)"),
                imported.problems().stream().map(Object::toString).toList());
        assertNull(byId(imported).get("notes"));
    }

    private void write(String name, String text) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Map<String, Article> byId(Import imported) {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
