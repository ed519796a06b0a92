package dev.herald.server.store;

import dev.herald.core.model.Article;
import dev.herald.core.query.TagQuery;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The articles feeds are made from, in memory and newest first, always in step with the store:
 * every write goes to the store first and is applied here only once committed. The version
 * changes with every write, so cached feeds know when they are stale. Thread-safe.
 */
@ApplicationScoped
public class ArticleCatalog {

    private final ArticleStore store;
    private final Event<ArticleChanged> changes;
    private final AtomicLong version = new AtomicLong();
    private volatile List<Article> newestFirst = List.of();
    private volatile Map<String, Article> byId = Map.of();
    private volatile Instant lastRemoval = Instant.EPOCH;

    public ArticleCatalog(ArticleStore store, Event<ArticleChanged> changes) {
        this.store = store;
        this.changes = changes;
    }

    void load(@Observes StartupEvent event) {
        reload();
    }

    /** Reads every article from the store again. */
    public synchronized void reload() {
        publish(store.loadAll().stream().sorted(TagQuery.NEWEST_FIRST).toList());
    }

    /** All articles, newest first; unmodifiable. */
    public List<Article> articles() {
        return newestFirst;
    }

    /** Changes with every write; equal versions mean equal content. */
    public long version() {
        return version.get();
    }

    /** When an article last left the catalog (deleted or replaced), or the epoch. */
    public Instant lastRemoval() {
        return lastRemoval;
    }

    public Optional<Article> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Stores a new article; false if its id is taken. */
    public synchronized boolean create(Article article) {
        if (!store.insert(article)) {
            return false;
        }
        replaceInMemory(article.id(), article);
        return true;
    }

    /** Stores or replaces an article; true if it replaced one. */
    public synchronized boolean put(Article article) {
        boolean replaced = store.upsert(article);
        replaceInMemory(article.id(), article);
        return replaced;
    }

    /** Deletes an article; false if there was none. */
    public synchronized boolean delete(String id) {
        if (!store.delete(id)) {
            return false;
        }
        replaceInMemory(id, null);
        return true;
    }

    private void publish(List<Article> sortedNewestFirst) {
        Map<String, Article> index = new HashMap<>();
        sortedNewestFirst.forEach(article -> index.put(article.id(), article));
        byId = Map.copyOf(index);
        newestFirst = List.copyOf(sortedNewestFirst);
        version.incrementAndGet();
    }

    private void replaceInMemory(String id, Article replacement) {
        List<Article> next = new ArrayList<>(newestFirst.size() + 1);
        boolean removed = false;
        Article before = null;
        for (Article article : newestFirst) {
            if (article.id().equals(id)) {
                removed = true;
                before = article;
            } else {
                next.add(article);
            }
        }
        if (replacement != null) {
            next.add(replacement);
            next.sort(TagQuery.NEWEST_FIRST);
        }
        if (removed) {
            lastRemoval = Instant.now();
        }
        publish(next);
        changes.fire(new ArticleChanged(before, replacement));
    }
}
