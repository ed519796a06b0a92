package dev.herald.core.read.feed;

import dev.herald.core.model.Enclosure;
import dev.herald.core.problem.Problems;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * The posts of a Substack export (Settings › Exports: a zip of {@code posts.csv} and the body of
 * each post in {@code posts/{post_id}.html}) as {@link FeedItem}s: title, subtitle as summary,
 * date, body, a podcast episode's audio. Pages and threads are no stories; drafts and posts for
 * subscribers or paying subscribers only are kept unpublished ({@link SubstackPost}).
 */
final class SubstackExport {

    private SubstackExport() {
    }

    /** The export's posts and pages, in the order of posts.csv. */
    static List<FeedItem> items(ExportZip export, Problems problems) {
        List<FeedItem> items = new ArrayList<>();
        List<Map<String, String>> rows = CsvRows.of(export.postsCsv(), "posts.csv: ", problems);
        for (int i = 0; i < rows.size(); i++) {
            items.add(item(rows.get(i), i + 1, export));
        }
        return items;
    }

    private static FeedItem item(Map<String, String> row, int number, ExportZip export) {
        SubstackPost post = SubstackPost.of(row);
        String postId = CsvRows.value(row, "post_id");
        Instant published = FeedDates.parse(CsvRows.value(row, "post_date")).orElse(null);
        if (published == null && post.isUnpublished()) {
            // a draft has no date yet: it is dated when its body was last saved
            published = export.savedAt().get(postId);
        }
        List<Enclosure> audio = new ArrayList<>();
        URI podcast = AtomEntries.uri(CsvRows.value(row, "podcast_url"));
        if (podcast != null) {
            AtomEntries.enclosure(podcast, null, 0).ifPresent(audio::add);
        }
        return new FeedItem(number, postId, text(row, "title"), null, published, null, null, List.of(), List.of(),
                text(row, "subtitle"), SubstackContent.shown(export.posts().get(postId)), null, audio, null, null,
                post);
    }

    // Substack writes titles and subtitles with HTML's character references: "&#x201C;Quote&#x201D;"
    private static String text(Map<String, String> row, String column) {
        String value = CsvRows.value(row, column);
        return value == null ? null : Parser.unescapeEntities(value, false);
    }
}
