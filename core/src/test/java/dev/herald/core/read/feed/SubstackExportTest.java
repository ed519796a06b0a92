package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Enclosure;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A Substack export (Settings › Exports: a zip of posts.csv and posts/{post_id}.html) imported as
 * a newsletter moving to Herald means it: its newsletters and podcast episodes as articles, its
 * drafts and paid posts unpublished, its pages and threads left out, its calls to subscribe gone.
 */
class SubstackExportTest {

    private static final String POSTS_CSV = """
            post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url
            139571420.harbour-bridge-reopens,2026-12-07T09:30:00.000Z,true,2026-12-07T09:31:00.000Z,,newsletter,everyone,Harbour bridge reopens,"Six months of work, ended early",
            139571421.ferry-talk,2026-12-06T08:00:00.000Z,true,,,podcast,everyone,Ferry talk,&#x201C;The crossing&#x2019;s changed&#x201D; &amp; more,https://media.example.org/ferry-4.mp3
            139571422.budget-leak,,false,,,newsletter,everyone,Budget leak,,
            139571423.inside-the-deal,2026-12-05T08:00:00.000Z,true,,,newsletter,only_paid,Inside the deal,,
            139571424.about,2026-01-01T00:00:00.000Z,true,,,page,everyone,About,,
            139571425.open-thread,2026-12-04T08:00:00.000Z,true,,,thread,everyone,Open thread,,
            """;

    private static final String BRIDGE = "<p>The bridge reopened.</p>"
            + "<div class=\"subscription-widget-wrap-editor\" data-component-name=\"SubscribeWidgetToDOM\">"
            + "<div class=\"subscription-widget show-subscribe\"><p class=\"cta-caption\">Thanks for reading!</p>"
            + "<form class=\"subscription-widget-subscribe\"><input type=\"email\" name=\"email\">"
            + "<input type=\"submit\" value=\"Subscribe\"></form></div></div><p>More soon.</p>"
            + "<p class=\"button-wrapper\" data-component-name=\"ButtonCreateButton\"><a class=\"button primary\""
            + " href=\"https://harbour.substack.com/subscribe?\"><span>Subscribe now</span></a></p>"
            + "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"https://harbour.substack.com/p/harbour-bridge-reopens"
            + "?utm_source=substack&amp;utm_medium=email&amp;action=share\"><span>Share</span></a></p>"
            + "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"https://harbour.substack.com/p/"
            + "harbour-bridge-reopens/comments\"><span>Leave a comment</span></a></p>"
            + "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"https://council.example.org/report.pdf\">"
            + "<span>Read the report</span></a></p>";

    private static final Instant DRAFT_SAVED = Instant.parse("2026-12-02T08:00:00Z");

    private final FeedImporter importer = new FeedImporter();

    @Test
    void importsNewslettersAndPodcastEpisodesWithTheirSlugsSubtitlesAndAudio() {
        Map<String, Article> byId = byId(importExport(export()));
        Article bridge = byId.get("harbour-bridge-reopens");
        assertEquals("Harbour bridge reopens", bridge.title());
        assertEquals("Six months of work, ended early", bridge.summary());
        assertEquals(Instant.parse("2026-12-07T09:30:00Z"), bridge.published());
        assertFalse(bridge.draft());
        assertEquals(List.of(new Enclosure(URI.create("https://media.example.org/ferry-4.mp3"), "audio/mpeg", 0)),
                byId.get("ferry-talk").enclosures());
        // Substack writes subtitles with character references
        assertEquals("\u201CThe crossing\u2019s changed\u201D & more", byId.get("ferry-talk").summary());
    }

    @Test
    void leavesOutTheCallsToSubscribeOrShareAndKeepsOtherButtonsAsLinks() {
        String body = byId(importExport(export())).get("harbour-bridge-reopens").contentHtml();
        assertFalse(body.contains("Subscribe"), body);
        assertFalse(body.contains("Thanks for reading"), body);
        assertFalse(body.contains("Share"), body);
        assertFalse(body.contains("Leave a comment"), body);
        assertTrue(body.contains("<a href=\"https://council.example.org/report.pdf\"><span>Read the report</span></a>"), body);
        assertTrue(body.startsWith("<p>The bridge reopened.</p>") && body.contains("<p>More soon.</p>"), body);
    }

    @Test
    void keepsDraftsAndPaidPostsUnpublishedAndLeavesOutPagesAndThreads() {
        Import imported = importExport(export());
        Map<String, Article> byId = byId(imported);
        assertEquals(List.of("budget-leak", "ferry-talk", "harbour-bridge-reopens", "inside-the-deal"),
                byId.keySet().stream().sorted().toList());
        assertTrue(byId.get("budget-leak").draft());
        assertEquals(DRAFT_SAVED, byId.get("budget-leak").published(), "a draft is dated when its body was saved");
        assertTrue(byId.get("inside-the-deal").draft());
        assertEquals(List.of(
                "substack.zip: warning: skipped what a Substack export holds beside its stories: 1 page, 1 thread",
                "substack.zip: warning: 1 post imported as a draft (draft: true), not published: drafts on Substack",
                "substack.zip: warning: 1 post imported as a draft (draft: true), not published: for paying"
                        + " subscribers only on Substack (audience: only_paid), and Herald publishes to every reader"),
                imported.problems().stream().map(Object::toString).toList());
    }

    @Test
    void findsTheExportInAFolderOfTheZip() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("harbour-export/posts.csv", POSTS_CSV);
        files.put("harbour-export/posts/139571420.harbour-bridge-reopens.html", BRIDGE);
        assertTrue(byId(importExport(zip(files))).containsKey("harbour-bridge-reopens"));
    }

    @Test
    void namesTheLineOfPostsCsvThatCannotBeRead() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("posts.csv", "post_id,post_date,is_published,type,audience,title\n"
                + "1.fares,2026-12-01T00:00:00Z,true,newsletter,everyone,Fares\n"
                + "2.pier,2026-12-02T00:00:00Z,true,newsletter,everyone,\"Pier\n");
        files.put("posts/1.fares.html", "<p>Up.</p>");
        Import imported = importExport(zip(files));
        assertEquals(List.of("fares"), byId(imported).keySet().stream().toList());
        assertEquals(List.of("substack.zip: posts.csv: line 3: Missing closing quote for value; the posts from there"
                + " on are not read"), imported.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aZipOfNeitherExportIsNamedSo() {
        Import imported = importExport(zip(Map.of("photos/harbour.jpg", "not a picture")));
        assertEquals(List.of("substack.zip: a zip file, but no export Herald reads: it holds neither a Substack"
                + " export's posts.csv nor a Medium export's posts/*.html"),
                imported.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aZipThatInflatesBeyondItsLimitIsRefused() {
        // 1.1 GiB of zeros deflate to about a megabyte
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("email_list.harbour.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Import imported = importExport(bytes.toByteArray());
        assertEquals(List.of("substack.zip: not a readable zip file: it inflates to over 1024 MiB"
                + " (at email_list.harbour.csv)"), imported.problems().stream().map(Object::toString).toList());
    }

    private static byte[] export() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("posts.csv", POSTS_CSV);
        files.put("posts/139571420.harbour-bridge-reopens.html", BRIDGE);
        files.put("posts/139571421.ferry-talk.html", "<p>Listen.</p>");
        files.put("posts/139571422.budget-leak.html", "<p>Not ready.</p>");
        files.put("posts/139571423.inside-the-deal.html", "<p>For paying subscribers.</p>");
        files.put("email_list.harbour.csv", "email,active_subscription\nreader@example.org,true\n");
        return zip(files);
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setLastModifiedTime(FileTime.from(DRAFT_SAVED));
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Import importExport(byte[] zip) {
        return importer.importFeed("substack.zip", zip, null);
    }

    private static Map<String, Article> byId(Import imported) {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
