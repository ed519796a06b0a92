package dev.herald.core.read.feed;

import dev.herald.core.problem.Problems;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the import of an export left out (pages, media, menus) and what it kept unpublished, and
 * why, counted: one warning for each, rather than one for each of a site's hundreds of posts.
 */
final class ExportTally {

    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Map<String, Integer> unpublished = new LinkedHashMap<>();
    private String holder;

    /** Whether the item is to be imported: a feed's entry or an export's story; what is not is counted. */
    boolean takes(FeedItem item) {
        ExportedPost post = item.exported();
        if (post == null || post.isStory()) {
            return true;
        }
        holder = post.holder();
        skipped.merge(post.kind(), 1, Integer::sum);
        return false;
    }

    /** Counts the item, imported, if it is kept unpublished. */
    void imported(FeedItem item) {
        ExportedPost post = item.exported();
        if (post != null && post.isUnpublished()) {
            unpublished.merge(post.whyUnpublished(), 1, Integer::sum);
        }
    }

    void report(Problems problems) {
        if (!skipped.isEmpty()) {
            problems.warning(0, null, "skipped what " + holder + " holds beside its stories: " + String.join(
                    ", ", skipped.entrySet().stream().map(kind -> ExportedPost.count(kind.getValue(), kind.getKey()))
                            .toList()));
        }
        unpublished.forEach((why, count) -> problems.warning(0, null, ExportedPost.count(count, "post")
                + (count == 1 ? " imported as a draft" : " imported as drafts") + " (draft: true), not published: "
                + why));
    }
}
