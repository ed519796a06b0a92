package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagCountTest {

    private static final List<Article> ARTICLES = List.of(
            article("a", "Climate change", "Politics"),
            article("b", "climate-change"),
            article("c", "Politics", "Économie"),
            article("d", "Climate Change", "politics"));

    @Test
    void countsEachSlugOnceUnderItsFirstLabelMostUsedFirst() {
        assertEquals(List.of(new TagCount(tag("Climate change"), 3), new TagCount(tag("Politics"), 3),
                new TagCount(tag("Économie"), 1)), TagCount.of(ARTICLES));
    }

    @Test
    void theNumberOfDifferentTagsIsThatOfTheCounts() {
        assertEquals(3, TagCount.distinct(ARTICLES));
        assertEquals(TagCount.of(ARTICLES.subList(1, 3)).size(), TagCount.distinct(ARTICLES.subList(1, 3)));
        assertEquals(0, TagCount.distinct(List.of()));
    }

    private static Tag tag(String label) {
        return Slugs.tag(label).orElseThrow();
    }

    private static Article article(String id, String... labels) {
        return new Article(id, id, "", "", Instant.parse("2026-12-01T00:00:00Z"), null, List.of(),
                List.of(labels).stream().map(TagCountTest::tag).toList(), null, null, null, null);
    }
}
