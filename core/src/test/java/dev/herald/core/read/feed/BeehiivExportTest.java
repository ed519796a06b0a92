package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
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
 * A beehiiv posts export (a CSV file, a post a row) imported as a newsletter moving to Herald
 * means it: its posts with their web titles, subtitles, tags and thumbnails, their content blocks
 * without the email's layout tables, hidden preview text, tracking and merge tags; drafts and
 * premium posts unpublished, archived ones left out.
 */
class BeehiivExportTest {

    private static final String EXPORT = """
            id,web_title,status,audience,content_tags,url,web_subtitle,email_subject_line,content_html,thumbnail_url,created_at
            p-1,Harbour bridge reopens,confirmed,free,Transport; Harbour,https://harbour.beehiiv.com/p/harbour-bridge-reopens,"Six months early",Bridge!,"<html><body><div style=""display:none"">Preview text for the inbox</div><table><tr><td id=""content-blocks""><table><tr><td><p>The bridge reopened.</p></td></tr><tr><td><table><tr><th>Day</th><th>Sailings</th></tr><tr><td>Mon</td><td>4</td></tr></table></td></tr><tr><td><p>Hi {{ first_name }}, share this.</p><img src=""{{OPEN_TRACKING_PIXEL}}""></td></tr></table></td></tr></table></body></html>",uploads/asset/file/1/bridge.png,2026-12-07 09:30:00
            p-2,Budget leak,draft,free,,https://harbour.beehiiv.com/p/budget-leak,,,<p>Not yet.</p>,,2026-12-06 08:00:00
            p-3,Inside the deal,confirmed,premium,,https://harbour.beehiiv.com/p/inside-the-deal,,,<p>Paid.</p>,,2026-12-05 08:00:00
            p-4,Old post,archived,free,,https://harbour.beehiiv.com/p/old-post,,,<p>Old.</p>,,2025-01-01 08:00:00
            """;

    private final Import imported = new FeedImporter().importFeed("posts.csv",
            EXPORT.getBytes(StandardCharsets.UTF_8), null);

    @Test
    void importsAPostWithItsWebTitleSubtitleTagsThumbnailAndDate() {
        Article bridge = byId().get("harbour-bridge-reopens");
        assertEquals("Harbour bridge reopens", bridge.title());
        assertEquals("Six months early", bridge.summary());
        assertEquals(List.of("Transport", "Harbour"), bridge.tags().stream().map(Tag::label).toList());
        assertEquals(new Image(URI.create("https://media.beehiiv.com/uploads/asset/file/1/bridge.png"), null, null,
                null), bridge.image());
        assertEquals(Instant.parse("2026-12-07T09:30:00Z"), bridge.published());
        assertFalse(bridge.draft());
    }

    @Test
    void keepsTheContentBlocksWithoutTheEmailsLayoutHiddenTextTrackingAndMergeTags() {
        String body = byId().get("harbour-bridge-reopens").contentHtml();
        assertTrue(body.startsWith("<p>The bridge reopened.</p>"), body);
        assertTrue(body.contains("<th>Day</th>") && body.contains("<td>Mon</td>"), "a table of data stays: " + body);
        assertFalse(body.contains("Preview text"), body);
        assertFalse(body.contains("{{"), body);
    }

    @Test
    void keepsDraftsAndPremiumPostsUnpublishedAndLeavesArchivedOnesOut() {
        Map<String, Article> byId = byId();
        assertEquals(List.of("budget-leak", "harbour-bridge-reopens", "inside-the-deal"),
                byId.keySet().stream().sorted().toList());
        assertTrue(byId.get("budget-leak").draft());
        assertTrue(byId.get("inside-the-deal").draft());
        assertEquals(List.of(
                "posts.csv: warning: skipped what a beehiiv export holds beside its stories: 1 archived post",
                "posts.csv: warning: 1 post imported as a draft (draft: true), not published: of status \"draft\" on"
                        + " beehiiv",
                "posts.csv: warning: 1 post imported as a draft (draft: true), not published: for premium subscribers"
                        + " only on beehiiv (audience: premium), and Herald publishes to every reader"),
                imported.problems().stream().map(Object::toString).toList());
    }

    private Map<String, Article> byId() {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
