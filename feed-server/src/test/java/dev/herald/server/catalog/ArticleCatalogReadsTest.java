package dev.herald.server.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.server.store.IndexEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole articles come from the recent ones kept in memory or from the store; those read for the
 * pages of a feed's history, which a reader walks once, are not kept, so they push none out.
 */
class ArticleCatalogReadsTest {

    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

    private final MemoryStore store = new MemoryStore();
    private ArticleCatalog catalog;

    @BeforeEach
    void fiveThousandArticles() {
        for (int n = 0; n < 5_000; n++) {
            String id = String.format("story-%04d", n);
            store.articles.put(id, new Article(id, "Story " + n, "Summary " + n + ".", "<p>Body " + n + "</p>", FIRST.plusSeconds(60L * n),
                    null, List.of(), List.of(), null, null, null, null, List.of(), false, null));
        }
        catalog = new ArticleCatalog(store, new SlowLoadingCatalog.NoEvents());
        catalog.loadFirst();
    }

    @Test
    void articlesReadForTheCurrentFeedsAreKept() {
        List<IndexEntry> newest = catalog.entries().subList(0, 50);
        assertEquals(ids(newest), catalog.articles(newest).stream().map(Article::id).toList());
        int read = store.read;
        assertEquals(ids(newest), catalog.articles(newest).stream().map(Article::id).toList());
        assertEquals(read, store.read, "the second time, no article is read from the store");
    }

    @Test
    void articlesReadForTheHistoryAreNotKeptAndPushNoneOut() {
        List<IndexEntry> newest = catalog.entries().subList(0, 50);
        catalog.articles(newest);
        List<IndexEntry> older = catalog.entries().subList(50, 5_000);
        int before = store.read;
        assertEquals(ids(older), catalog.articlesOfHistory(older).stream().map(Article::id).toList());
        assertEquals(before + older.size(), store.read);
        // the last ones read, which a cache of the most recent would hold
        List<IndexEntry> lastRead = older.subList(older.size() - 50, older.size());
        assertEquals(ids(lastRead), catalog.articlesOfHistory(lastRead).stream().map(Article::id).toList());
        assertEquals(before + older.size() + 50, store.read, "read from the store again: they were not kept");

        int read = store.read;
        assertEquals(ids(newest), catalog.articles(newest).stream().map(Article::id).toList());
        assertEquals(ids(newest), catalog.articlesOfHistory(newest).stream().map(Article::id).toList());
        assertEquals(read, store.read, "the current feeds' articles are still kept, for either");
    }

    private static List<String> ids(List<IndexEntry> entries) {
        return entries.stream().map(IndexEntry::id).toList();
    }
}
