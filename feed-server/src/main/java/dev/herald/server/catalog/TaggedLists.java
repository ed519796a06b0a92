package dev.herald.server.catalog;

import dev.herald.server.store.IndexEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tag's public articles, newest first, kept until a change can alter them: a tag's feed
 * rendered again after a write elsewhere does not walk every entry. Thread-safe.
 */
final class TaggedLists {

    /** Tags whose article lists are kept; past that they start over. */
    private static final int MAX_TAG_LISTS = 10_000;

    private final ChangeVersions versions;
    private final ArticleIndex index;
    /** Each tag's articles with the version they were taken at. */
    private final Map<String, TagList> lists = new ConcurrentHashMap<>();

    private record TagList(long version, List<IndexEntry> entries) {
    }

    TaggedLists(ChangeVersions versions, ArticleIndex index) {
        this.versions = versions;
        this.index = index;
    }

    /** The public articles with this tag (a slug), newest first; unmodifiable. */
    List<IndexEntry> tagged(String slug) {
        TagList known = lists.get(slug);
        if (known != null && known.version() >= versions.changedAt(slug)) {
            return known.entries();
        }
        // the version first: the entries read after it are at least as new, never older
        long at = versions.current();
        List<IndexEntry> tagged = index.newestFirst().stream().filter(entry -> entry.hasTag(slug)).toList();
        if (tagged.isEmpty()) {
            lists.remove(slug); // a made-up tag's request keeps nothing, nor does a tag now gone
            return tagged;
        }
        if (lists.size() >= MAX_TAG_LISTS) {
            lists.clear();
        }
        lists.put(slug, new TagList(at, tagged));
        return tagged;
    }
}
