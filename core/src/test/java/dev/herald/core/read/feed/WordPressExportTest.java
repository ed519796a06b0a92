package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A WordPress export (Tools › Export, an RSS file with {@code wp:} elements) imported as a site
 * moving to Herald means it: its posts as articles with their slugs and writers' names, its drafts
 * and private posts as drafts, its pages, media and menus left out, its paragraphs as WordPress
 * shows them.
 */
class WordPressExportTest {

    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
              xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Harbour Daily</title><link>https://harbour.example</link><description>News</description>
              <pubDate>Mon, 07 Dec 2026 10:00:00 +0000</pubDate>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:author><wp:author_login>jpark</wp:author_login><wp:author_display_name>Jo Park</wp:author_display_name></wp:author>
              %s
            </channel>
            </rss>
            """;

    private final FeedImporter importer = new FeedImporter();

    @Test
    void importsThePostsWithTheirSlugsWritersAndExcerpts() {
        Import imported = export(item("101", "Ferry timetable changes", "ferry-timetable-changes", "post", "publish",
                "<!-- wp:paragraph --><p>The ferry will change its timetable.</p><!-- /wp:paragraph -->",
                "Ferries run less often from January.")
                + "<category domain=\"post_tag\" nicename=\"ferries\"><![CDATA[Ferries]]></category></item>");
        Article ferry = byId(imported).get("ferry-timetable-changes");
        assertEquals(List.of(new Author("Jo Park", null, null)), ferry.authors());
        assertEquals("Ferries run less often from January.", ferry.summary());
        assertEquals(List.of("Ferries"), ferry.tags().stream().map(Tag::label).toList());
        assertFalse(ferry.draft());
        assertTrue(imported.problems().stream().noneMatch(p -> p.toString().contains("wp:post_type")),
                imported.problems().toString());
    }

    @Test
    void givesAPostItsFeaturedImageWithTheAttachmentsCaptionAndAltText() {
        Import imported = export(item("103", "harbour-at-dawn", "harbour-at-dawn", "attachment", "inherit", "",
                "The harbour at dawn.")
                + "<wp:attachment_url>https://harbour.example/wp-content/uploads/2026/12/harbour.jpg</wp:attachment_url>"
                + "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>"
                + "<wp:meta_value><![CDATA[Boats moored at dawn]]></wp:meta_value></wp:postmeta></item>"
                + item("101", "Ferry timetable changes", "ferry-timetable-changes", "post", "publish",
                        "<p>The ferry will change its timetable.</p>", "")
                + "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>103</wp:meta_value></wp:postmeta>"
                + "</item>");
        assertEquals(new Image(URI.create("https://harbour.example/wp-content/uploads/2026/12/harbour.jpg"),
                "The harbour at dawn.", null, "Boats moored at dawn"),
                byId(imported).get("ferry-timetable-changes").image());
    }

    @Test
    void keepsDraftsPendingAndPrivatePostsUnpublished() {
        Import imported = export(item("102", "Budget leak", "", "post", "draft", "<p>Not ready.</p>", "") + "</item>"
                + item("103", "Awaiting review", "awaiting-review", "post", "pending", "<p>Soon.</p>", "") + "</item>"
                + item("104", "Staff only", "staff-only", "post", "private", "<p>Inside.</p>", "") + "</item>"
                + item("105", "Out", "out", "post", "publish", "<p>Out.</p>", "") + "</item>");
        Map<String, Boolean> drafts = imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::title, Article::draft));
        assertEquals(Map.of("Budget leak", true, "Awaiting review", true, "Staff only", true, "Out", false), drafts);
        assertEquals(List.of(
                "export.xml: warning: 1 post imported as a draft (draft: true), not published: drafts on WordPress",
                "export.xml: warning: 1 post imported as a draft (draft: true), not published: awaiting review on WordPress",
                "export.xml: warning: 1 post imported as a draft (draft: true), not published: private on WordPress"),
                imported.problems().stream().map(Object::toString).filter(p -> p.contains("draft")).toList());
    }

    @Test
    void leavesOutPagesMediaMenusAndTheTrashAndSaysSo() {
        Import imported = export(item("2", "About us", "about", "page", "publish", "<p>Us.</p>", "") + "</item>"
                + item("3", "harbour-photo", "harbour-photo", "attachment", "inherit", "", "") + "</item>"
                + item("5", "Home", "", "nav_menu_item", "publish", "", "") + "</item>"
                + item("6", "Old story", "old-story", "post", "trash", "<p>Gone.</p>", "") + "</item>"
                + item("9", "Older story", "older-story", "post", "trash", "<p>Gone.</p>", "") + "</item>"
                + item("4", "harbour-map", "harbour-map", "attachment", "inherit", "", "") + "</item>"
                + item("7", "Match report", "match-report", "story", "publish", "<p>A theme's own type.</p>", "")
                + "</item>");
        assertEquals(List.of("match-report"), imported.articles().stream().map(a -> a.article().id()).toList());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString().equals("export.xml: warning: skipped what a"
                + " WordPress export holds beside its stories: 1 page, 2 attachments, 1 nav_menu_item, 2 posts in"
                + " the trash")), imported.problems().toString());
    }

    @Test
    void showsTheClassicEditorsParagraphsAndEmbedsAsWordPressDoes() {
        Article story = byId(export(item("8", "Council", "council", "post", "publish", """
                The council met on Monday.

                It voted to cut the budget
                by ten percent.

                https://video.example/watch?v=xyz&t=10

                <ul><li>one</li></ul>""", "") + "</item>")).get("council");
        assertEquals("""
                <p>The council met on Monday.</p>
                <p>It voted to cut the budget<br>
                by ten percent.</p>
                <p><a href="https://video.example/watch?v=xyz&amp;t=10">https://video.example/watch?v=xyz&amp;t=10</a></p>
                <ul><li>one</li></ul>
                """, story.contentHtml());
    }

    @Test
    void expandsTheShortcodesWordPressExpandsWhenItShowsAPost() {
        Article story = byId(export(item("10", "Storm", "storm", "post", "publish", """
                [caption id="attachment_7" align="aligncenter" width="640"]<a href="https://harbour.example/big.jpg"><img \
                src="https://harbour.example/storm.jpg" alt="Waves" width="640" /></a> Waves over the pier.[/caption]

                The storm reached the coast at night.

                [embed]https://video.example/watch?v=storm[/embed]

                [audio mp3="https://harbour.example/report.mp3"][/audio]

                [gallery ids="7,8,9"]""", "") + "</item>")).get("storm");
        assertEquals("""
                <p>The storm reached the coast at night.</p>
                <p><a href="https://video.example/watch?v=storm">https://video.example/watch?v=storm</a></p>
                <p><a href="https://harbour.example/report.mp3">https://harbour.example/report.mp3</a></p>
                """, story.contentHtml());
        assertEquals(new Image(URI.create("https://harbour.example/storm.jpg"), "Waves over the pier.", null, "Waves"),
                story.image());
    }

    @Test
    void readsAnExportOfHttpsNamespacesAndDatesOnlyWordPressWrites() {
        String export = EXPORT.replace("http://wordpress.org/export/", "https://wordpress.org/export/").formatted("""
                <item><title>Undated in RSS</title><guid isPermaLink="false">https://harbour.example/?p=11</guid>
                <content:encoded><![CDATA[<p>Text.</p>]]></content:encoded><wp:post_id>11</wp:post_id>
                <wp:post_date>2026-12-07 10:00:00</wp:post_date><wp:post_date_gmt>2026-12-07 09:00:00</wp:post_date_gmt>
                <wp:post_name>undated</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
                <item><title>Draft</title><guid isPermaLink="false">https://harbour.example/?p=12</guid>
                <content:encoded><![CDATA[<p>Text.</p>]]></content:encoded><wp:post_id>12</wp:post_id>
                <wp:post_date>2026-12-07 11:00:00</wp:post_date><wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
                <wp:post_name></wp:post_name><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
                <item><title>About</title><wp:post_type>page</wp:post_type><wp:status>publish</wp:status></item>
                """).replace("<pubDate>Mon, 07 Dec 2026 10:00:00 +0000</pubDate>", "");
        Import imported = importer.importFeed("export.xml", export.getBytes(StandardCharsets.UTF_8), null);
        Map<String, Article> byTitle = imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::title, Function.identity()));
        assertEquals(Set.of("Undated in RSS", "Draft"), byTitle.keySet(), imported.problems().toString());
        assertEquals(Instant.parse("2026-12-07T09:00:00Z"), byTitle.get("Undated in RSS").published());
        assertEquals(Instant.parse("2026-12-07T11:00:00Z"), byTitle.get("Draft").published());
        assertTrue(byTitle.get("Draft").draft());
        assertEquals(List.of(), imported.problems().stream().filter(p -> p.toString().contains("not imported")).toList());
    }

    @Test
    void aSlugWithAPercentSignThatStartsNoEscapeIsTakenAsWritten() {
        Import imported = export(item("104", "Turnout 100% in the islands", "turnout-100%-islands", "post", "publish",
                "<p>Everyone voted.</p>", "") + "</item>");
        assertEquals(Set.of("turnout-100-islands"), byId(imported).keySet(), imported.problems().toString());
    }

    @Test
    void takesTheWritersCoAuthorsPlusListsAndNoTagOfThemOrOfThePostFormat() {
        Import imported = export(item("110", "Ferry strike talks", "ferry-strike-talks", "post", "publish",
                "<p>Talks resume.</p>", "")
                + "<category domain=\"author\" nicename=\"cap-ana-ruiz\"><![CDATA[Ana Ruiz]]></category>"
                + "<category domain=\"author\" nicename=\"jpark\"><![CDATA[Jo Park]]></category>"
                + "<category domain=\"post_format\" nicename=\"post-format-video\"><![CDATA[Video]]></category>"
                + "<category domain=\"post_tag\" nicename=\"ferries\"><![CDATA[Ferries]]></category></item>");
        Article talks = byId(imported).get("ferry-strike-talks");
        assertEquals(List.of(new Author("Ana Ruiz", null, null), new Author("Jo Park", null, null)), talks.authors());
        assertEquals(List.of("Ferries"), talks.tags().stream().map(Tag::label).toList());
    }

    @Test
    void keepsAPostBehindAPasswordUnpublished() {
        Import imported = export(item("111", "Board minutes", "board-minutes", "post", "publish",
                "<p>For the board.</p>", "") + "<wp:post_password><![CDATA[harbour]]></wp:post_password></item>");
        assertTrue(byId(imported).get("board-minutes").draft());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString().equals("export.xml: warning: 1 post"
                + " imported as a draft (draft: true), not published: behind a password on WordPress")),
                imported.problems().toString());
    }

    @Test
    void takesWhenAPostWasLastChangedAndReportsItsCommentsNotItsBookkeeping() {
        Import imported = export(item("112", "Ferry fares", "ferry-fares", "post", "publish", "<p>Up.</p>", "")
                + "<wp:post_modified_gmt><![CDATA[2026-12-07 15:00:00]]></wp:post_modified_gmt>"
                + "<wp:comment_status><![CDATA[open]]></wp:comment_status><wp:menu_order>0</wp:menu_order>"
                + "<wp:is_sticky>0</wp:is_sticky><wp:post_parent>0</wp:post_parent>"
                + "<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_content><![CDATA[Too dear.]]>"
                + "</wp:comment_content></wp:comment></item>");
        assertEquals(Instant.parse("2026-12-07T15:00:00Z"), byId(imported).get("ferry-fares").updated());
        assertEquals(List.of("export.xml: warning: not imported: wp:comment (1 entry)"), imported.problems().stream()
                .map(Object::toString).filter(p -> p.contains("not imported")).toList());
    }

    @Test
    void takesThePodcastFileWordPressKeepsForItsFeedsEnclosure() {
        Import imported = export(item("113", "Harbour podcast 12", "harbour-podcast-12", "post", "publish",
                "<p>This week.</p>", "") + "<wp:postmeta><wp:meta_key><![CDATA[enclosure]]></wp:meta_key>"
                + "<wp:meta_value><![CDATA[https://media.harbour.example/podcast-12.mp3\n21169426\naudio/mpeg\n"
                + "a:1:{s:8:\"duration\";s:8:\"00:29:24\";}]]></wp:meta_value></wp:postmeta></item>");
        assertEquals(List.of(new Enclosure(URI.create("https://media.harbour.example/podcast-12.mp3"), "audio/mpeg",
                21169426)), byId(imported).get("harbour-podcast-12").enclosures());
    }

    @Test
    void givesAFeaturedImageWithoutCaptionItsDescription() {
        Import imported = export(item("114", "harbour-at-night", "harbour-at-night", "attachment", "inherit",
                "The harbour lit at night.", "")
                + "<wp:attachment_url>https://harbour.example/wp-content/uploads/harbour-night.jpg</wp:attachment_url>"
                + "</item>" + item("115", "Night ferries", "night-ferries", "post", "publish", "<p>Late.</p>", "")
                + "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>114</wp:meta_value>"
                + "</wp:postmeta></item>");
        assertEquals("The harbour lit at night.", byId(imported).get("night-ferries").image().caption());
    }

    private Import export(String items) {
        return importer.importFeed("export.xml", EXPORT.formatted(items).getBytes(StandardCharsets.UTF_8), null);
    }

    private static Map<String, Article> byId(Import imported) {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }

    // an item up to its categories: the caller closes it
    private static String item(String id, String title, String slug, String type, String status, String content,
            String excerpt) {
        return """
                <item><title><![CDATA[%s]]></title><link>https://harbour.example/?p=%s</link>
                <pubDate>Mon, 07 Dec 2026 09:00:00 +0000</pubDate><dc:creator><![CDATA[jpark]]></dc:creator>
                <guid isPermaLink="false">https://harbour.example/?p=%s</guid><description></description>
                <content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[%s]]></excerpt:encoded>
                <wp:post_id>%s</wp:post_id><wp:post_name><![CDATA[%s]]></wp:post_name>
                <wp:status><![CDATA[%s]]></wp:status><wp:post_type><![CDATA[%s]]></wp:post_type>
                """.formatted(title, id, id, content, excerpt, id, slug, status, type);
    }
}
