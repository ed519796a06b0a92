package dev.herald.server.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import dev.herald.server.store.IndexEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The index loads beside start-up: nothing is written, and nothing reads as loaded, before it has. */
class ArticleCatalogLoadingTest {

    @Test
    void writesWaitForTheIndexToLoad() throws Exception {
        Article article = anExampleArticle();
        SlowLoadingCatalog slow = new SlowLoadingCatalog().startLoading();
        ArticleCatalog catalog = slow.catalog;

        CompletableFuture<Boolean> created = CompletableFuture.supplyAsync(() -> catalog.create(article));
        Awaitility.await("the write held while the index loads").during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2)).until(() -> !created.isDone() && slow.store.inserted.isEmpty());
        assertFalse(catalog.isLoaded());
        assertFalse(catalog.whenLoaded().toCompletableFuture().isDone());
        assertTrue(slow.store.inserted.isEmpty(), "a write went to the store before the index had loaded");

        slow.finishLoading();
        assertTrue(created.get(10, TimeUnit.SECONDS));
        assertTrue(catalog.isLoaded());
        assertEquals(List.of(article.id()), slow.store.inserted);
        assertEquals(List.of(article.id()), catalog.entries().stream().map(IndexEntry::id).toList());
    }

    private static Article anExampleArticle() {
        Path file = InputResolver.articleFiles(Path.of("../examples")).get(0);
        return ArticleReader.forSite(SiteSettings.defaults()).read(file).articleList().get(0);
    }
}
