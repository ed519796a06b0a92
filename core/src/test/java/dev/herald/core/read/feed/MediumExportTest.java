package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A Medium export (its zip's posts/ folder: each post an HTML page marked up as an h-entry)
 * imported as a writer moving to Herald means it: posts with their titles, subtitles, writers,
 * tags, dates and lead images, without the title Medium repeats in the body; drafts and what
 * looks like a response to someone else's story unpublished. The posts are the test fixtures of
 * Ghost's migration tools (MIT, test resources medium-export/), zipped as Medium zips them.
 */
class MediumExportTest {

    private static final List<String> POSTS = List.of("advanced-post", "basic-post", "code-post", "comment",
            "draft-post", "no-date-post", "no-slug-post", "quote-post", "short-post");

    private static final Instant SAVED = Instant.parse("2024-06-03T10:00:00Z");

    private final Import imported = new FeedImporter().importFeed("medium-export.zip", export(), null);

    @Test
    void importsAPostWithItsSubtitleWritersTagsDateAndLink() {
        Article basic = byTitle().get("Basic Post Title");
        assertEquals("This is a subtitle of some sort", basic.summary());
        assertEquals(List.of(new Author("Joe Bloggs", null, URI.create("https://medium.com/@JoeBloggs"))),
                basic.authors());
        assertEquals(List.of("Things", "Stuff"), basic.tags().stream().map(Tag::label).toList());
        assertEquals(Instant.parse("2018-08-11T11:23:34.123Z"), basic.published());
        assertEquals(URI.create("https://medium.com/@JoeBloggs/testpost-efefef12121212"), basic.link());
        assertFalse(basic.draft());
        assertTrue(basic.contentHtml().startsWith("<p>"), basic.contentHtml());
        assertFalse(basic.contentHtml().contains("<hr"), "the rule before Medium's first section is no break");
    }

    @Test
    void leavesOutTheTitleAndSubtitleMediumRepeatsAndTakesTheLeadingPicture() {
        Article advanced = byTitle().get("Advanced Post Title");
        assertFalse(advanced.contentHtml().contains("Advanced Post Title"), advanced.contentHtml());
        assertFalse(advanced.contentHtml().contains("<h4>This is a subtitle"), advanced.contentHtml());
        assertEquals(new Image(URI.create("https://cdn-images-1.medium.com/max/2000/abc123.jpeg"),
                "This is an image caption", null, "This is image alt text"), advanced.image());
        assertTrue(advanced.contentHtml().contains("<h4>Another header</h4>"), advanced.contentHtml());
        assertFalse(advanced.contentHtml().contains("<div></div>"), advanced.contentHtml());
        // a later section's break stays
        assertTrue(advanced.contentHtml().contains("<hr>"), advanced.contentHtml());
    }

    @Test
    void keepsDraftsAndLikelyResponsesUnpublishedAndSaysWhy() {
        Map<String, Article> byTitle = byTitle();
        assertTrue(byTitle.get("Draft Post Title").draft());
        assertEquals(SAVED, byTitle.get("Draft Post Title").published(), "a draft is dated when its file was saved");
        assertTrue(byTitle.get("This is a comment").draft());
        List<String> problems = imported.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains("medium-export.zip: warning: 1 post imported as a draft (draft: true), not"
                + " published: drafts on Medium"), problems.toString());
        assertTrue(problems.contains("medium-export.zip: warning: 1 post imported as a draft (draft: true), not"
                + " published: one paragraph without a heading or picture: likely a response to someone else's"
                + " story, which Medium exports among the posts (publish it if it is a story)"), problems.toString());
    }

    @Test
    void takesTheSlugOfTheMediumAddressElseOfTheFile() {
        // https://medium.com/@JoeBloggs/testpost-efefef12121212: the first post of that address
        assertEquals("testpost", byTitle().get("Advanced Post Title").id());
        // https://medium.com/@JoeBloggs/1234567890 names no slug
        assertEquals("no-slug-post", byTitle().get("No Slug Post").id());
    }

    @Test
    void aPostWithoutADateIsReportedAndTheOthersImported() {
        assertFalse(byTitle().containsKey("No Date Post"));
        assertEquals(POSTS.size() - 1, imported.articles().size(), imported.problems().toString());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString().contains("(\"No Date Post\") has no date")),
                imported.problems().toString());
    }

    private Map<String, Article> byTitle() {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::title, Function.identity()));
    }

    // the posts as Medium's zip holds them, beside the profile and other folders that are no posts
    private static byte[] export() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "README.html", "<html><body>Your Medium data</body></html>".getBytes(StandardCharsets.UTF_8));
            add(zip, "sessions/sessions.html", "<html><body>192.0.2.1</body></html>".getBytes(StandardCharsets.UTF_8));
            for (String post : POSTS) {
                try (InputStream in = MediumExportTest.class.getResourceAsStream("/medium-export/posts/" + post + ".html")) {
                    assertNotNull(in, post);
                    add(zip, "posts/" + post + ".html", in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(SAVED));
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
