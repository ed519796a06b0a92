package dev.herald.core.site;

import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A tag and how many articles carry it.
 *
 * @param tag   the tag, labelled as its first use in the input
 * @param count articles with the tag, at least 1
 */
public record TagCount(Tag tag, int count) {

    /** Most used first, then by slug. */
    public static final Comparator<TagCount> MOST_USED_FIRST = Comparator.comparingInt(TagCount::count).reversed()
            .thenComparing(tagCount -> tagCount.tag().slug());

    public TagCount {
        Objects.requireNonNull(tag, "tag");
    }

    /** How many different tags the articles have: {@code of(articles).size()}, without the counting. */
    public static int distinct(List<? extends Tagged> articles) {
        Set<String> slugs = new HashSet<>();
        for (Tagged article : articles) {
            for (Tag tag : article.tags()) {
                slugs.add(tag.slug());
            }
        }
        return slugs.size();
    }

    /** Every tag of the articles with its count, most used first; unmodifiable. */
    public static List<TagCount> of(List<? extends Tagged> articles) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Tagged article : articles) {
            for (Tag tag : article.tags()) {
                tags.putIfAbsent(tag.slug(), tag);
                counts.merge(tag.slug(), 1, Integer::sum);
            }
        }
        return tags.values().stream().map(tag -> new TagCount(tag, counts.get(tag.slug())))
                .sorted(MOST_USED_FIRST).toList();
    }
}
