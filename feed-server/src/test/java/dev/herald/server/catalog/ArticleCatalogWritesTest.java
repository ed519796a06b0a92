package dev.herald.server.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import dev.herald.core.query.TagQuery;
import dev.herald.server.store.IndexEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write places its article into the index rather than sorting it again: after every step of
 * random writes and deletions (same dates, drafts, articles due later, expired ones, one written
 * again with another date), the index, and each tag's list of it, is what a fresh sort of the
 * store gives.
 */
class ArticleCatalogWritesTest {

    private static final List<Tag> TAGS = List.of(new Tag("Port", "port"), new Tag("Budget", "budget"),
            new Tag("Weather", "weather"));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theIndexAfterEachWriteIsTheStoreSortedAfresh(long seed) {
        Random random = new Random(seed);
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < 40; i++) {
            Article article = randomArticle(random, "seed-" + i);
            store.articles.put(article.id(), article);
        }
        ArticleCatalog catalog = new ArticleCatalog(store, new SlowLoadingCatalog.NoEvents());
        catalog.loadFirst();
        for (int step = 0; step < 300; step++) {
            String id = "story-" + random.nextInt(60);
            int choice = random.nextInt(10);
            if (choice < 2) {
                catalog.delete(id);
            } else if (choice < 3) {
                catalog.create(randomArticle(random, id));
            } else {
                catalog.put(randomArticle(random, id));
            }
            Instant now = Instant.now();
            List<String> every = sortedIds(store.articles.values(), article -> true);
            List<String> shown = sortedIds(store.articles.values(), article -> article.isPublicAt(now));
            assertEquals(every, catalog.allEntries().stream().map(IndexEntry::id).toList(), "every article, step " + step);
            assertEquals(shown, catalog.entries().stream().map(IndexEntry::id).toList(), "public articles, step " + step);
            for (String known : every) {
                assertEquals(IndexEntry.of(store.articles.get(known)).tags(),
                        catalog.allEntries().stream().filter(entry -> entry.id().equals(known)).findFirst().orElseThrow()
                                .tags(), "tags of " + known);
            }
            assertEquals(store.articles.containsKey(id), catalog.contains(id), "contains " + id + ", step " + step);
            for (Tag tag : TAGS) {
                assertEquals(sortedIds(store.articles.values(), article -> article.isPublicAt(now) && article.tags().contains(tag)),
                        catalog.entriesTagged(tag.slug()).stream().map(IndexEntry::id).toList(), tag.slug() + ", step " + step);
            }
        }
    }

    private static List<String> sortedIds(Collection<Article> articles, Predicate<Article> kept) {
        return articles.stream().filter(kept).map(IndexEntry::of).sorted(TagQuery.NEWEST_FIRST).map(IndexEntry::id)
                .collect(Collectors.toList());
    }

    // dates hours away from now, often the same hour, so ties fall to the ids; some drafts, some
    // due later, some expired, some expiring later
    private static Article randomArticle(Random random, String id) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant published = now.minus(Duration.ofHours(random.nextInt(30) - 5));
        Instant expires = switch (random.nextInt(6)) {
            case 0 -> published.plus(Duration.ofHours(1));
            case 1 -> published.plus(Duration.ofHours(2 + random.nextInt(5)));
            default -> null;
        };
        List<Tag> tags = new ArrayList<>(TAGS.subList(0, random.nextInt(TAGS.size() + 1)));
        return new Article(id, "Title of " + id, "Summary.", "<p>Body</p>", published, null, List.of(), tags, null, null,
                null, null, List.of(), random.nextInt(8) == 0, expires);
    }
}
