package dev.herald.core.query;

import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which articles a feed shows: those carrying every tag of {@code all}, at least one of
 * {@code any} (when not empty) and none of {@code exclude}, published at or after {@code since},
 * newest first, at most {@code limit}. Tags are given as slugs.
 *
 * @param all     slugs an article must all carry
 * @param any     slugs of which an article must carry one; empty for no condition
 * @param exclude slugs an article must not carry
 * @param limit   most articles to return, positive
 * @param since   earliest publication time, or null for no bound
 */
public record TagQuery(Set<String> all, Set<String> any, Set<String> exclude, int limit, Instant since) {

    /** Newest first; ties broken by id so that output never depends on input order. */
    public static final Comparator<Tagged> NEWEST_FIRST = (a, b) -> {
        // written out rather than composed: sorting 100,000 entries at start-up runs it cold
        int byDate = b.published().compareTo(a.published());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    };

    public TagQuery {
        all = Set.copyOf(all);
        any = Set.copyOf(any);
        exclude = Set.copyOf(exclude);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    /** Every article, newest first, at most {@code limit}. */
    public static TagQuery latest(int limit) {
        return new TagQuery(Set.of(), Set.of(), Set.of(), limit, null);
    }

    /** Articles with one tag, newest first, at most {@code limit}. */
    public static TagQuery tagged(String slug, int limit) {
        Objects.requireNonNull(slug, "slug");
        return new TagQuery(Set.of(slug), Set.of(), Set.of(), limit, null);
    }

    /** Whether the article passes the tag and date conditions (the limit aside). */
    public boolean matches(Tagged article) {
        if (since != null && article.published().isBefore(since)) {
            return false;
        }
        for (String slug : all) {
            if (!article.hasTag(slug)) {
                return false;
            }
        }
        for (String slug : exclude) {
            if (article.hasTag(slug)) {
                return false;
            }
        }
        return any.isEmpty() || any.stream().anyMatch(article::hasTag);
    }

    /** The matching articles, newest first, at most {@code limit}; unmodifiable. */
    public <T extends Tagged> List<T> select(List<T> articles) {
        return articles.stream().filter(this::matches).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /**
     * Each tag's newest articles, by slug, from articles sorted {@link #NEWEST_FIRST}, at most
     * {@code limit} a tag: what {@link #tagged} selects for every tag at once, in one pass.
     */
    public static <T extends Tagged> Map<String, List<T>> newestByTag(List<T> newestFirst, int limit) {
        Map<String, List<T>> byTag = new HashMap<>();
        for (T article : newestFirst) {
            for (Tag tag : article.tags()) {
                List<T> list = byTag.computeIfAbsent(tag.slug(), slug -> new ArrayList<>());
                if (list.size() < limit) {
                    list.add(article);
                }
            }
        }
        return byTag;
    }

    /**
     * As {@link #select}, for articles already sorted {@link #NEWEST_FIRST}: stops at the
     * {@code limit}-th match instead of sorting them all.
     */
    public <T extends Tagged> List<T> selectFromNewestFirst(List<T> newestFirst) {
        List<T> selected = new ArrayList<>(Math.min(limit, 64));
        for (T article : newestFirst) {
            if (matches(article)) {
                selected.add(article);
                if (selected.size() == limit) {
                    break;
                }
            }
        }
        return List.copyOf(selected);
    }
}
