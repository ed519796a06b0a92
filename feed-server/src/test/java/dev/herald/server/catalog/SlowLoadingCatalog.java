package dev.herald.server.catalog;

import dev.herald.core.model.Article;
import dev.herald.server.store.ArticleStore;
import dev.herald.server.store.Origin;
import dev.herald.server.store.StoreChanges;
import dev.herald.server.store.StoreSnapshot;
import dev.herald.server.store.StoreState;
import dev.herald.server.store.Upserted;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A catalog over an empty store whose index loads only when a test says so. */
public final class SlowLoadingCatalog {

    public final SlowStore store = new SlowStore();
    public final ArticleCatalog catalog = new ArticleCatalog(store, new NoEvents());

    /** Starts loading, as at start-up; the load waits for {@link #finishLoading()}. */
    public SlowLoadingCatalog startLoading() {
        new CatalogLifecycle(catalog).start(null);
        return this;
    }

    public void finishLoading() {
        store.loading.countDown();
    }

    /** An empty store whose index takes until {@link #loading} is counted down. */
    public static final class SlowStore implements ArticleStore {

        final CountDownLatch loading = new CountDownLatch(1);
        final List<String> inserted = new CopyOnWriteArrayList<>();

        @Override
        public StoreSnapshot loadIndex() {
            try {
                loading.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new StoreSnapshot(List.of(), new StoreState(0, Instant.EPOCH));
        }

        @Override
        public Optional<Article> find(String id) {
            return Optional.empty();
        }

        @Override
        public Map<String, Article> findAll(Collection<String> ids) {
            return Map.of();
        }

        @Override
        public boolean insert(Article article, Instant at) {
            inserted.add(article.id());
            return true;
        }

        @Override
        public Upserted upsertAll(List<Article> articles, Origin origin, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> deleteAll(Collection<String> ids, Origin origin, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Origin> originOf(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StoreChanges changesSince(long since) {
            throw new UnsupportedOperationException();
        }
    }

    static final class NoEvents implements Event<ArticleChanged> {

        @Override
        public void fire(ArticleChanged event) {
        }

        @Override
        public <U extends ArticleChanged> CompletionStage<U> fireAsync(U event) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends ArticleChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public Event<ArticleChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ArticleChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ArticleChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
