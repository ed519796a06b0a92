package dev.herald.server.store;

import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The articles table's tags column, which the index loads without reading any article's JSON:
 * the labels joined by U+001F (the unit separator), which a label cannot hold, since readers strip
 * the control characters XML forbids.
 */
final class TagsColumn {

    private static final String TAG_SEPARATOR = "\u001F";

    private TagsColumn() {
    }

    /** The column's value for an article. */
    static String of(Article article) {
        return article.tags().stream().map(Tag::label).collect(Collectors.joining(TAG_SEPARATOR));
    }

    static List<Tag> read(String column) {
        return read(column, new HashMap<>());
    }

    /**
     * As {@link #read(String)}, sharing one Tag per label through {@code known}: an
     * index of many articles then holds each tag once, and works out each slug once.
     */
    static List<Tag> read(String column, Map<String, Tag> known) {
        if (column.isEmpty()) {
            return List.of();
        }
        List<Tag> tags = new ArrayList<>(4);
        for (String label : column.split(TAG_SEPARATOR)) {
            tags.add(known.computeIfAbsent(label, text -> new Tag(text, Slugs.tagSlug(text))));
        }
        return tags;
    }
}
