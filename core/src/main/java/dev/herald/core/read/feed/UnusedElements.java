package dev.herald.core.read.feed;

import dev.herald.core.problem.Problems;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Says which elements of the entries an import left out, so nothing is dropped silently. */
final class UnusedElements {

    /** What the importer reads, by local name (with the prefix feeds use for extensions). */
    private static final Set<String> READ = Set.of("title", "link", "description", "guid", "pubDate", "category",
            "author", "enclosure", "source", "content:encoded", "dc:creator", "dc:date", "dc:subject", "dc:language",
            "dc:source", "dcterms:modified", "media:content", "media:thumbnail", "media:description", "media:credit",
            "media:group", "id", "published", "updated", "summary", "content", "date", "issued", "modified",
            // a WordPress export's, and its bookkeeping that says nothing a reader sees (its comments do)
            "wp:post_type", "wp:status", "wp:post_name", "excerpt:encoded", "wp:post_id", "wp:post_date",
            "wp:post_date_gmt", "wp:postmeta", "wp:attachment_url", "wp:post_password", "wp:post_modified",
            "wp:post_modified_gmt", "wp:comment_status", "wp:ping_status", "wp:menu_order", "wp:post_parent",
            "wp:is_sticky",
            // a Blogger export's, and a draft's through the Atom Publishing Protocol
            "app:control", "blogger:type", "blogger:status", "blogger:filename", "blogger:trashed");

    private UnusedElements() {
    }

    /** A warning listing the elements of {@code entries} the import did not read, with how many entries had each. */
    static void report(List<RawEntry> entries, Problems problems) {
        Map<String, Integer> unused = new TreeMap<>();
        for (RawEntry entry : entries) {
            entry.childNames().stream().distinct().filter(name -> !READ.contains(name))
                    .forEach(name -> unused.merge(name, 1, Integer::sum));
        }
        if (!unused.isEmpty()) {
            problems.warning(0, null, "not imported: " + unused.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " entry)" : " entries)"))
                    .collect(Collectors.joining(", ")));
        }
    }
}
