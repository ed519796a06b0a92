package dev.herald.server.store;

import dev.herald.core.model.Article;
import dev.herald.core.query.TagQuery;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The articles feeds are made from, in memory and newest first, always in step with the store:
 * every write goes to the store first and is applied here only once committed; writes by other
 * processes sharing the store arrive through {@link #catchUp()}. The version changes with every
 * change, so cached feeds know when they are stale. Thread-safe.
 */
@ApplicationScoped
public class ArticleCatalog {

    /** Past this many changed ids, reading everything again is cheaper than one by one. */
    private static final int MAX_INCREMENTAL_CHANGES = 500;

    private final ArticleStore store;
    private final Event<ArticleChanged> changes;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong version = new AtomicLong();
    private volatile List<Article> newestFirst = List.of();
    private volatile Map<String, Article> byId = Map.of();
    private volatile Instant lastChange = Instant.EPOCH;
    /** The store revision this catalog holds everything up to; guarded by this. */
    private long seenRevision;

    public ArticleCatalog(ArticleStore store, Event<ArticleChanged> changes) {
        this.store = store;
        this.changes = changes;
    }

    void load(@Observes StartupEvent event) {
        reload();
    }

    /** Reads every article from the store again. */
    public synchronized void reload() {
        StoreSnapshot snapshot = store.loadAll();
        seenRevision = snapshot.state().revision();
        lastChange = snapshot.state().changedAt();
        publish(snapshot.articles().stream().sorted(TagQuery.NEWEST_FIRST).toList());
    }

    /** Applies what was written to the store since this catalog last looked, by any process. */
    public synchronized void catchUp() {
        StoreChanges pending = store.changesSince(seenRevision);
        if (pending.ids().size() > MAX_INCREMENTAL_CHANGES) {
            reload();
            return;
        }
        // id → its stored article, or null when deleted; own writes read back equal and are skipped
        Map<String, Article> changed = new HashMap<>();
        for (String id : pending.ids()) {
            Article stored = store.find(id).orElse(null);
            if (!Objects.equals(stored, byId.get(id))) {
                changed.put(id, stored);
            }
        }
        seenRevision = pending.state().revision();
        boolean moved = !pending.state().changedAt().equals(lastChange);
        lastChange = pending.state().changedAt();
        if (!changed.isEmpty()) {
            List<Article> next = without(newestFirst, changed.keySet());
            changed.values().stream().filter(Objects::nonNull).forEach(next::add);
            next.sort(TagQuery.NEWEST_FIRST);
            publish(next);
        } else if (moved) {
            version.incrementAndGet();
        }
    }

    /** All articles, newest first; unmodifiable. */
    public List<Article> articles() {
        return newestFirst;
    }

    /** Changes with every change; equal versions mean equal content. */
    public long version() {
        return version.get();
    }

    /**
     * When the store was last written, by any process: the latest a document made from it can
     * have changed, whatever the dates of the articles that are left.
     */
    public Instant lastChange() {
        return lastChange;
    }

    /** Last-Modified of a document showing these articles: the newest of them, or the last write if later. */
    public Instant lastModified(List<Article> shown) {
        Instant newest = lastChange;
        for (Article article : shown) {
            if (article.lastModified().isAfter(newest)) {
                newest = article.lastModified();
            }
        }
        return newest;
    }

    public Optional<Article> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Stores a new article; false if its id is taken. */
    public synchronized boolean create(Article article) {
        Instant at = clock.instant();
        if (!store.insert(article, at)) {
            return false;
        }
        applyLocal(article.id(), article, at);
        return true;
    }

    /** Stores or replaces an article; true if it replaced one. */
    public synchronized boolean put(Article article) {
        Instant at = clock.instant();
        boolean replaced = store.upsert(article, at);
        applyLocal(article.id(), article, at);
        return replaced;
    }

    /** Deletes an article; false if there was none. */
    public synchronized boolean delete(String id) {
        Instant at = clock.instant();
        if (!store.delete(id, at)) {
            return false;
        }
        applyLocal(id, null, at);
        return true;
    }

    /** A write this process made: applied now, announced to observers (WebSub) once. */
    private void applyLocal(String id, Article replacement, Instant at) {
        Article before = byId.get(id);
        List<Article> next = without(newestFirst, Set.of(id));
        if (replacement != null) {
            next.add(replacement);
            next.sort(TagQuery.NEWEST_FIRST);
        }
        if (at.isAfter(lastChange)) {
            lastChange = at;
        }
        publish(next);
        changes.fire(new ArticleChanged(before, replacement));
    }

    private static List<Article> without(List<Article> articles, Set<String> ids) {
        List<Article> next = new ArrayList<>(articles.size() + 1);
        for (Article article : articles) {
            if (!ids.contains(article.id())) {
                next.add(article);
            }
        }
        return next;
    }

    private void publish(List<Article> sortedNewestFirst) {
        Map<String, Article> index = new HashMap<>();
        sortedNewestFirst.forEach(article -> index.put(article.id(), article));
        byId = Map.copyOf(index);
        newestFirst = List.copyOf(sortedNewestFirst);
        version.incrementAndGet();
    }
}
