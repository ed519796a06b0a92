package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom leaving another system imports its export and builds the site: from each kind of
 * export Herald reads (Ghost, Substack, Medium, Blogger, beehiiv, a Jekyll site), the imported
 * articles build, every feed passes its validators (xmllint, jing, feedparser, the JSON Feed
 * rules), every article page the Nu HTML Checker, and no page or feed holds executable markup.
 * The Medium posts and Jekyll posts are core's test resources (TryGhost/migrate's fixtures, MIT).
 */
class SiteExportsIT {

    private static final Path CORE_RESOURCES = Path.of("../core/src/test/resources");

    @TempDir
    static Path folder;

    @BeforeAll
    static void writeExports() throws IOException {
        Files.writeString(folder.resolve("ghost.json"), """
                {"db": [{"meta": {"version": "5.96.0"}, "data": {
                  "posts": [{"id": "p1", "uuid": "u-1", "title": "Harbour bridge reopens", "slug": "harbour-bridge-reopens",
                    "html": "<p>Reopened.</p><div class=\\"kg-card kg-callout-card\\"><div class=\\"kg-callout-text\\">Roads close at 10.</div></div><div class=\\"kg-card kg-signup-card\\"><form><input type=\\"email\\"></form></div><p>See <a href=\\"__GHOST_URL__/ferry-timetable/\\">the timetable</a>.</p>",
                    "type": "post", "status": "published", "visibility": "public", "published_at": "2026-12-07T09:30:00.000Z"},
                   {"id": "p2", "uuid": "u-2", "title": "Ferry timetable", "slug": "ferry-timetable", "html": "<p>Fewer.</p>",
                    "type": "post", "status": "published", "visibility": "public", "published_at": "2026-12-06T09:30:00.000Z"}],
                  "users": [{"id": "a", "name": "Jo Park"}], "posts_authors": [{"post_id": "p1", "author_id": "a"}],
                  "tags": [{"id": "t", "name": "Transport", "slug": "transport"}], "posts_tags": [{"post_id": "p1", "tag_id": "t"}]
                }}]}
                """);
        zip(folder.resolve("substack.zip"), Map.of(
                "posts.csv", "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url\n"
                        + "1.pier-lights,2026-12-01T18:00:00.000Z,true,,,newsletter,everyone,Pier lights,&#x201C;Lit&#x201D;,\n",
                "posts/1.pier-lights.html", "<p>Lit again.</p><div class=\"subscription-widget-wrap-editor\">"
                        + "<div class=\"subscription-widget\"><form><input type=\"email\"></form></div></div>"));
        List<String> medium = List.of("advanced-post", "basic-post", "code-post", "quote-post", "short-post");
        Map<String, String> posts = new java.util.HashMap<>();
        for (String post : medium) {
            posts.put("posts/" + post + ".html",
                    Files.readString(CORE_RESOURCES.resolve("medium-export/posts/" + post + ".html")));
        }
        zip(folder.resolve("medium.zip"), posts);
        Files.writeString(folder.resolve("blogger.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-4</id><title>Notes</title>
                  <updated>2026-12-07T10:00:00Z</updated>
                  <entry><id>tag:blogger.com,1999:blog-4.post-1</id><published>2026-11-01T10:00:00Z</published>
                    <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
                    <category scheme='http://www.blogger.com/atom/ns#' term='Ferries'/>
                    <title type='text'>New berth</title><content type='html'>&lt;p&gt;Opens.&lt;/p&gt;</content>
                    <link rel='alternate' type='text/html' href='https://notes.blogspot.com/2026/11/new-berth.html'/></entry>
                </feed>
                """);
        Files.writeString(folder.resolve("beehiiv.csv"), "id,web_title,status,audience,content_tags,url,web_subtitle,"
                + "content_html,thumbnail_url,created_at\n"
                + "b1,Dredging starts,confirmed,free,Harbour,https://h.beehiiv.com/p/dredging-starts,Finally,"
                + "\"<table><tr><td id=\"\"content-blocks\"\"><table><tr><td><p>Dredging starts.</p></td></tr></table>"
                + "</td></tr></table>\",,2026-12-05 08:00:00\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghost.json", "substack.zip", "medium.zip", "blogger.xml", "beehiiv.csv", "jekyll"})
    void buildsValidFeedsAndPagesFromTheImport(String export) throws IOException, InterruptedException {
        Path source = export.equals("jekyll") ? CORE_RESOURCES.resolve("jekyll-posts") : folder.resolve(export);
        Path articles = folder.resolve("articles-" + export);
        CliRun imported = CliRun.of("import", source.toString(), "--out", articles.toString());
        assertTrue(imported.err().contains("herald: imported "), imported.err());
        Path site = folder.resolve("site-" + export);
        // the Jekyll fixtures link to pages of the old site, which the build names: the rest is published
        CliRun build = CliRun.of("build", articles.toString(), "--out", site.toString(), "--base-url",
                "https://news.example.org", "--keep-going");
        assertEquals(export.equals("jekyll") ? ExitCode.INVALID_INPUT : ExitCode.OK, build.exitCode(), build.err());
        if (export.equals("jekyll")) {
            assertTrue(build.err().lines().filter(line -> line.contains(": body: names /"))
                    .allMatch(line -> line.contains("relative-links.md")), build.err());
        }

        FeedValidators.rssOfImports(List.of(site.resolve("feed.xml")));
        FeedValidators.atomOfImports(List.of(site.resolve("atom.xml")));
        FeedValidators.json(List.of(site.resolve("feed.json")));
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.resolve("articles"))) {
            files.filter(file -> file.getFileName().toString().equals("index.html")).forEach(pages::add);
        }
        assertTrue(!pages.isEmpty(), "no article page in " + site);
        NuHtmlChecker.passes(pages);
        List<Path> everything = new ArrayList<>(pages);
        everything.addAll(List.of(site.resolve("feed.xml"), site.resolve("atom.xml")));
        ExecutableMarkup.noneIn(everything);
    }

    private static void zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
