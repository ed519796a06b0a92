package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.Tag;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A Ghost export (Settings › Advanced › Export content: the site's tables as JSON) imported as a
 * site moving to Herald means it: its posts as articles with their slugs, writers, public tags and
 * feature images, its drafts, email-only newsletters and members' posts unpublished, its pages
 * left out, links to the Ghost site made links on the Herald site.
 */
class GhostExportTest {

    /** The shape of a Ghost 4 or 5 export: ISO dates, posts_meta, posts_authors, __GHOST_URL__. */
    private static final String EXPORT = """
            {"db": [{"meta": {"exported_on": 1765184400000, "version": "5.96.0"}, "data": {
              "posts": [
                {"id": "p1", "uuid": "0e5f1c1a-1111-4c55-9d41-0a9d7e2f1b01", "title": "Harbour bridge reopens",
                 "slug": "harbour-bridge-reopens", "mobiledoc": null, "lexical": "{}",
                 "html": "<p>Reopened on Monday.</p><figure class=\\"kg-card kg-image-card\\"><img src=\\"__GHOST_URL__/content/images/2026/12/bridge.jpg\\" class=\\"kg-image\\" alt loading=\\"lazy\\"></figure><p>See <a href=\\"__GHOST_URL__/2026/11/ferry-timetable/#fares\\">the timetable</a>, <a href=\\"__GHOST_URL__/tag/transport-news/\\">more on transport</a> and <a href=\\"__GHOST_URL__/about/\\">about us</a> on <a href=\\"__GHOST_URL__\\">our front page</a>.</p><div class=\\"kg-card kg-signup-card\\"><h2 class=\\"kg-signup-card-heading\\">Sign up for Harbour Daily</h2><form class=\\"kg-signup-card-form\\" data-members-form=\\"signup\\"><input type=\\"email\\" required><button type=\\"submit\\">Subscribe</button></form></div>",
                 "feature_image": "__GHOST_URL__/content/images/2026/12/bridge-wide.jpg", "featured": 0,
                 "type": "post", "status": "published", "locale": null, "visibility": "public",
                 "author_id": "u1", "created_at": "2026-12-06T15:00:00.000Z", "updated_at": "2026-12-07T10:00:00.000Z",
                 "published_at": "2026-12-07T09:30:00.000Z", "custom_excerpt": "Six months of work end early.",
                 "codeinjection_head": "<script>track()</script>", "canonical_url": null},
                {"id": "p2", "uuid": "0e5f1c1a-2222-4c55-9d41-0a9d7e2f1b02", "title": "Ferry timetable",
                 "slug": "ferry-timetable", "html": "<p>Fewer ferries.</p>", "type": "post", "status": "published",
                 "visibility": "public", "published_at": "2026-11-30T08:00:00.000Z",
                 "canonical_url": "https://harbour.example/ferry-timetable/"},
                {"id": "p3", "uuid": "0e5f1c1a-3333-4c55-9d41-0a9d7e2f1b03", "title": "Budget leak", "slug": "budget-leak",
                 "html": "<p>Not ready.</p>", "type": "post", "status": "draft", "visibility": "public",
                 "published_at": null, "created_at": "2026-12-01T08:00:00.000Z", "updated_at": "2026-12-02T08:00:00.000Z"},
                {"id": "p4", "uuid": "0e5f1c1a-4444-4c55-9d41-0a9d7e2f1b04", "title": "Inside the ferry deal",
                 "slug": "inside-the-ferry-deal", "html": "<p>Preview.</p><!--members-only--><p>For subscribers.</p>",
                 "type": "post", "status": "published", "visibility": "paid", "published_at": "2026-12-03T12:00:00.000Z"},
                {"id": "p5", "uuid": "0e5f1c1a-5555-4c55-9d41-0a9d7e2f1b05", "title": "Weekly letter", "slug": "weekly-letter",
                 "html": "<p>Sent by email.</p>", "type": "post", "status": "sent", "visibility": "members",
                 "published_at": "2026-12-04T07:00:00.000Z"},
                {"id": "p6", "uuid": "0e5f1c1a-6666-4c55-9d41-0a9d7e2f1b06", "title": "About us", "slug": "about",
                 "html": "<p>A newsroom.</p>", "type": "page", "status": "published", "visibility": "public",
                 "published_at": "2026-01-01T00:00:00.000Z"}
              ],
              "posts_meta": [{"id": "m1", "post_id": "p1", "feature_image_alt": "The bridge at dawn",
                "feature_image_caption": "Photo by <a href=\\"https://photos.example/ana\\">Ana Ruiz</a>"}],
              "users": [{"id": "u1", "name": "Jo Park", "slug": "jo", "email": "jo@harbour.example"},
                        {"id": "u2", "name": "Sam Lee", "slug": "sam"}],
              "posts_authors": [{"id": "a1", "post_id": "p1", "author_id": "u2", "sort_order": 1},
                                {"id": "a2", "post_id": "p1", "author_id": "u1", "sort_order": 0}],
              "tags": [{"id": "t1", "name": "Transport news", "slug": "transport-news", "visibility": "public"},
                       {"id": "t2", "name": "#wide", "slug": "hash-wide", "visibility": "internal"}],
              "posts_tags": [{"id": "x1", "post_id": "p1", "tag_id": "t2", "sort_order": 0},
                             {"id": "x2", "post_id": "p1", "tag_id": "t1", "sort_order": 1}],
              "settings": [{"id": "s1", "key": "title", "value": "Harbour Daily"}, {"id": "s2", "key": "locale", "value": "en"}]
            }}]}
            """;

    /** A Ghost 0.x export: no "db" list around it in some, dates in milliseconds, Markdown, a page flag. */
    private static final String OLD_EXPORT = """
            {"meta": {"exported_on": 1426263451924, "version": "003"}, "data": {
              "posts": [
                {"id": 1, "uuid": "d15e5c91-0083-4d56-a20c-f95832e2b88b", "title": "Welcome to the harbour",
                 "slug": "welcome", "markdown": "You're *live*.", "html": null, "image": null, "page": 0,
                 "status": "published", "language": "en_GB", "author_id": 1,
                 "created_at": 1426078349135, "updated_at": 1426078349135, "published_at": 1426078349156},
                {"id": 2, "uuid": "d15e5c91-0083-4d56-a20c-f95832e2b88c", "title": "Contact", "slug": "contact",
                 "markdown": "Write to us.", "page": 1, "status": "published", "published_at": 1426078349156}
              ],
              "users": [{"id": 1, "name": "Ana Ruiz", "slug": "ana"}]
            }}
            """;

    private final FeedImporter importer = new FeedImporter();

    @Test
    void importsThePostsWithTheirSlugsWritersTagsAndExcerpts() {
        Import imported = importExport(EXPORT);
        Article bridge = byId(imported).get("harbour-bridge-reopens");
        assertEquals("Harbour bridge reopens", bridge.title());
        assertEquals(Instant.parse("2026-12-07T09:30:00Z"), bridge.published());
        assertEquals(Instant.parse("2026-12-07T10:00:00Z"), bridge.updated());
        assertEquals(List.of(new Author("Jo Park", null, null), new Author("Sam Lee", null, null)), bridge.authors());
        assertEquals(List.of("Transport news"), bridge.tags().stream().map(Tag::label).toList(), "#wide steers the theme");
        assertEquals("Six months of work end early.", bridge.summary());
        assertEquals("en", bridge.language());
        assertFalse(bridge.draft());
        assertEquals(URI.create("https://harbour.example/ferry-timetable/"), byId(imported).get("ferry-timetable").link());
    }

    @Test
    void givesAPostItsFeatureImageWithCaptionAndAltTextAsAFileOfTheSite() {
        Article bridge = byId(importExport(EXPORT)).get("harbour-bridge-reopens");
        assertEquals(new Image(URI.create("/content/images/2026/12/bridge-wide.jpg"), "Photo by Ana Ruiz", null,
                "The bridge at dawn"), bridge.image());
    }

    @Test
    void makesLinksToTheGhostSiteLinksOnTheHeraldSite() {
        String body = byId(importExport(EXPORT)).get("harbour-bridge-reopens").contentHtml();
        assertTrue(body.contains("src=\"/content/images/2026/12/bridge.jpg\""), body);
        assertTrue(body.contains("<a href=\"/articles/ferry-timetable#fares\">the timetable</a>"), body);
        assertTrue(body.contains("<a href=\"/tags/transport-news/\">more on transport</a>"), body);
        // a page of the Ghost site that is no story here keeps its path, for the site to hold
        assertTrue(body.contains("<a href=\"/about/\">about us</a>"), body);
        assertTrue(body.contains("<a href=\"/\">our front page</a>"), body);
        assertFalse(body.contains("__GHOST_URL__"), body);
        assertFalse(body.contains("Sign up"), "Ghost's sign-up card asks for the old site's subscribers: " + body);
    }

    @Test
    void saysWhereTheFilesOfTheGhostSiteMustGo() {
        assertEquals(List.of("ghost.json: warning: 1 post shows files of the Ghost site"
                + " (__GHOST_URL__/content/…), now site-relative (/content/…): copy the Ghost site's content folder"
                + " (images, media, files) into the static/ folder, as static/content/images/…"),
                importExport(EXPORT).problems().stream().map(Object::toString)
                        .filter(problem -> problem.contains("static/")).toList());
    }

    @Test
    void keepsDraftsNewslettersAndMembersPostsUnpublishedAndSaysWhy() {
        Import imported = importExport(EXPORT);
        Map<String, Article> byId = byId(imported);
        assertTrue(byId.get("budget-leak").draft());
        assertEquals(Instant.parse("2026-12-02T08:00:00Z"), byId.get("budget-leak").published(),
                "a draft is dated when it was last worked on");
        assertTrue(byId.get("inside-the-ferry-deal").draft());
        assertTrue(byId.get("weekly-letter").draft());
        List<String> problems = imported.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains("ghost.json: warning: 1 post imported as a draft (draft: true), not published: "
                + "for paying members only on Ghost (visibility: paid), and Herald publishes to every reader"), problems.toString());
        assertTrue(problems.contains("ghost.json: warning: 1 post imported as a draft (draft: true), not published: "
                + "drafts on Ghost"), problems.toString());
        assertTrue(problems.contains("ghost.json: warning: 1 post imported as a draft (draft: true), not published: "
                + "newsletters sent by email only, never on the Ghost site"), problems.toString());
    }

    @Test
    void leavesPagesOutAndCountsThem() {
        Import imported = importExport(EXPORT);
        assertFalse(byId(imported).containsKey("about"));
        assertEquals(5, imported.articles().size());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString()
                .equals("ghost.json: warning: skipped what a Ghost export holds beside its stories: 1 page")),
                imported.problems().toString());
    }

    @Test
    void readsAGhostZeroExportWithMarkdownAndDatesInMilliseconds() {
        Import imported = importExport(OLD_EXPORT);
        assertEquals(List.of("welcome"), imported.articles().stream().map(a -> a.article().id()).toList());
        Article welcome = imported.articles().get(0).article();
        assertEquals("<p>You're <em>live</em>.</p>", welcome.contentHtml().strip());
        assertEquals(Instant.ofEpochMilli(1426078349156L), welcome.published());
        assertEquals(List.of(new Author("Ana Ruiz", null, null)), welcome.authors());
        assertEquals("en-GB", welcome.language());
    }

    @Test
    void readsAnExportLargerThanTheLargestFeedFetched() {
        // Ghost writes each post four times over (mobiledoc or lexical, html, plaintext): exports grow large
        String text = "x".repeat(FeedImporter.MAX_FEED_BYTES / 4);
        Import imported = importExport(EXPORT.replace("\"type\": \"post\"", "\"type\": \"post\", \"plaintext\": \"" + text + "\""));
        assertTrue(byId(imported).containsKey("harbour-bridge-reopens"), imported.problems().toString());
    }

    @Test
    void aJsonFeedWithAPostsListIsStillAJsonFeed() {
        Import imported = importExport("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T", "data": {"posts": []},
                 "items": [{"id": "1", "title": "Feed item", "content_text": "Hi.", "date_published": "2026-12-07T10:00:00Z"}]}
                """);
        assertEquals(List.of("Feed item"), imported.articles().stream().map(a -> a.article().title()).toList());
    }

    private Import importExport(String json) {
        return importer.importFeed("ghost.json", json.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Map<String, Article> byId(Import imported) {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
