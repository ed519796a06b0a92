package dev.herald.server.catalog;

import dev.herald.core.model.Article;
import dev.herald.core.model.Tagged;
import dev.herald.core.query.TagQuery;
import dev.herald.server.store.ArticleStore;
import dev.herald.server.store.IndexEntry;
import dev.herald.server.store.Origin;
import dev.herald.server.store.OtherWritersMayHaveWritten;
import dev.herald.server.store.StoreChanges;
import dev.herald.server.store.StoreSnapshot;
import dev.herald.server.store.Upserted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The articles feeds are made from, always in step with the store: an {@link ArticleIndex index}
 * of every article (id, dates, tags) in memory, newest first, and the whole articles read from
 * the store when a feed or page shows them, the most recent kept. Every write goes to the store
 * first and is applied here only once committed; writes by other processes sharing the store
 * arrive through {@link #catchUp()}. The version changes with every change, so cached feeds know
 * when they are stale. The index loads at start beside the rest of start-up (a second or two for
 * 100,000 articles): writes wait for it, and readers ask {@link #whenLoaded()} first. Thread-safe.
 */
@ApplicationScoped
public class ArticleCatalog {

    /** Past this many changed ids, reading the index again is cheaper than one by one. */
    private static final int MAX_INCREMENTAL_CHANGES = 500;
    /** Whole articles kept in memory: a few hundred feeds' worth, some megabytes. */
    private static final int RECENT_ARTICLES = 2_000;
    /** Articles per store transaction in {@link #putFromFolder}. */
    private static final int ARTICLES_PER_TRANSACTION = 1_000;

    private static final Logger LOG = Logger.getLogger(ArticleCatalog.class);

    private final ArticleStore store;
    private final Event<ArticleChanged> changes;
    private final Clock clock = Clock.systemUTC();
    private final ChangeVersions versions = new ChangeVersions();
    private final RecentArticles recent = new RecentArticles(RECENT_ARTICLES);
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final PublicationTimer timer = new PublicationTimer(this::reachedInstant);
    private final ArticleIndex index = new ArticleIndex(clock, timer);
    private final TaggedLists taggedLists = new TaggedLists(versions, index);
    private volatile Instant lastChange = Instant.EPOCH;

    /** The store revision this catalog holds everything up to; guarded by this. */
    private long seenRevision;

    public ArticleCatalog(ArticleStore store, Event<ArticleChanged> changes) {
        this.store = store;
        this.changes = changes;
    }

    /**
     * Loads the index for the first time ({@link CatalogLifecycle} does at start); writes and
     * readers waiting for it go on once it has, or fail with its failure.
     *
     * @throws RuntimeException the store's failure, after the waiting ones have been told
     */
    void loadFirst() {
        try {
            reload();
            loaded.complete(null);
        } catch (RuntimeException e) {
            loaded.completeExceptionally(e);
            throw e;
        }
    }

    /** Whether the index has loaded: until then there is nothing to serve. */
    public boolean isLoaded() {
        return loaded.isDone() && !loaded.isCompletedExceptionally();
    }

    /** Completes once the index has loaded at start. */
    public CompletionStage<Void> whenLoaded() {
        return loaded.minimalCompletionStage();
    }

    // waits outside the monitor, which the loader holds while it loads
    private <T> T afterLoad(Supplier<T> write) {
        loaded.join();
        synchronized (this) {
            return write.get();
        }
    }

    /** Reads the index from the store again. */
    public synchronized void reload() {
        long start = System.nanoTime();
        StoreSnapshot snapshot = store.loadIndex();
        LOG.infof("Loaded the index of %d articles in %d ms", snapshot.entries().size(),
                (System.nanoTime() - start) / 1_000_000);
        seenRevision = snapshot.state().revision();
        lastChange = snapshot.state().changedAt();
        recent.clear();
        versions.willChangeEverything();
        index.replaceAll(new ArrayList<>(snapshot.entries()));
        versions.advance();
    }

    /** Applies what other processes wrote to the store since this catalog last looked. */
    void catchUp(@Observes OtherWritersMayHaveWritten event) {
        catchUp();
    }

    /** Applies what other processes wrote to the store since this catalog last looked. */
    public void catchUp() {
        afterLoad(() -> {
            applyChanges();
            return null;
        });
    }

    private void applyChanges() {
        StoreChanges pending = store.changesSince(seenRevision);
        if (pending.ids().size() > MAX_INCREMENTAL_CHANGES) {
            reload();
            return;
        }
        Map<String, Article> stored = pending.ids().isEmpty() ? Map.of() : store.findAll(pending.ids());
        Map<String, IndexEntry> changed = new HashMap<>();
        for (String id : pending.ids()) {
            Article article = stored.get(id);
            recent.remove(id);
            if (article != null) {
                recent.put(article);
            }
            changed.put(id, article == null ? null : IndexEntry.of(article));
        }
        seenRevision = pending.state().revision();
        boolean moved = !pending.state().changedAt().equals(lastChange);
        lastChange = pending.state().changedAt();
        // other processes' writes: which feeds they touched is not worked out here
        if (!changed.isEmpty()) {
            versions.willChangeEverything();
            index.update(changed);
            versions.advance();
        } else if (moved) {
            versions.willChangeEverything();
            versions.advance();
        }
    }

    /** The index of every public article, newest first; unmodifiable. */
    public List<IndexEntry> entries() {
        return index.newestFirst();
    }

    /** The index of every stored article, drafts and scheduled or expired ones too, newest first. */
    public List<IndexEntry> allEntries() {
        return index.everyEntry();
    }

    /**
     * The index of the articles with this tag (a slug), newest first. Kept until a change can
     * alter it ({@link #changedAt}): a tag's feed rendered again after a write elsewhere does not
     * walk every entry.
     */
    public List<IndexEntry> entriesTagged(String slug) {
        return taggedLists.tagged(slug);
    }

    /** Changes with every change; equal versions mean equal content. */
    public long version() {
        return versions.current();
    }

    /**
     * The version from which documents of a tag's articles ({@code tag}, a slug), or of the main
     * and filtered feeds ({@code null}), are current: one rendered from an older version may be
     * stale. A write of this process moves the main feeds' and its article's old and new tags';
     * other processes' writes, a reload and a scheduled instant move every one. Set before the
     * change is visible, so no render can miss it.
     */
    public long changedAt(String tag) {
        return versions.changedAt(tag);
    }

    /**
     * When the store was last written, by any process: the latest a document made from it can
     * have changed, whatever the dates of the articles that are left.
     */
    public Instant lastChange() {
        Instant lastTimedChange = index.lastTimedChange();
        return lastTimedChange.isAfter(lastChange) ? lastTimedChange : lastChange;
    }

    /** Last-Modified of a document showing these articles: the newest of them, or the last write if later. */
    public Instant lastModified(List<? extends Tagged> shown) {
        Instant newest = lastChange();
        for (Tagged article : shown) {
            if (article.lastModified().isAfter(newest)) {
                newest = article.lastModified();
            }
        }
        return newest;
    }

    public boolean contains(String id) {
        return index.get(id) != null;
    }

    /** The whole article if it is public: a draft or an article not yet due is as unknown as a missing one. */
    public Optional<Article> find(String id) {
        IndexEntry entry = index.get(id);
        if (entry == null || !entry.isPublicAt(index.asOf())) {
            return Optional.empty();
        }
        return Optional.ofNullable(byIds(List.of(id), true).get(id));
    }

    /** The whole article, public or not (for a token holder). */
    public Optional<Article> findAny(String id) {
        if (!contains(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byIds(List.of(id), true).get(id));
    }

    /** Whether the article was public and has expired (its page is gone, not unknown). */
    public boolean hasExpired(String id) {
        IndexEntry entry = index.get(id);
        return entry != null && !entry.draft() && entry.isExpiredAt(index.asOf());
    }

    /** The whole articles the query selects, newest first. */
    public List<Article> select(TagQuery query) {
        return articles(query.selectFromNewestFirst(index.newestFirst()));
    }

    /** The whole articles of these entries, in their order (one deleted meanwhile is left out). */
    public List<Article> articles(List<IndexEntry> entries) {
        return inOrder(entries, byIds(entries.stream().map(IndexEntry::id).toList(), true));
    }

    /**
     * The same as {@link #articles}, but those read from the store are not kept among the recent
     * ones: for the pages of a feed's or a list's history, which a reader walks once. Kept, they
     * would push out the articles people read and make the collector copy them again and again.
     */
    public List<Article> articlesOfHistory(List<IndexEntry> entries) {
        return inOrder(entries, byIds(entries.stream().map(IndexEntry::id).toList(), false));
    }

    private static List<Article> inOrder(List<IndexEntry> entries, Map<String, Article> found) {
        List<Article> articles = new ArrayList<>(entries.size());
        for (IndexEntry entry : entries) {
            Article article = found.get(entry.id());
            if (article != null) {
                articles.add(article);
            }
        }
        return articles;
    }

    private Map<String, Article> byIds(Collection<String> ids, boolean keep) {
        Map<String, Article> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Article article = recent.get(id);
            if (article != null) {
                found.put(id, article);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            store.findAll(missing).values().forEach(article -> {
                if (keep) {
                    recent.put(article);
                }
                found.put(article.id(), article);
            });
        }
        return found;
    }

    /** Stores a new article; false if its id is taken. */
    public boolean create(Article article) {
        return afterLoad(() -> {
            Instant at = clock.instant();
            if (!store.insert(article, at)) {
                return false;
            }
            applyLocal(List.of(article), Set.of(), at);
            return true;
        });
    }

    /**
     * Stores or replaces an article written through the API; one the content folder owns is left
     * as it is and named among the refused.
     */
    public Upserted put(Article article) {
        return afterLoad(() -> {
            Instant at = clock.instant();
            Upserted upserted = store.upsertAll(List.of(article), Origin.API, at);
            if (upserted.refused().isEmpty()) {
                applyLocal(List.of(article), Set.of(), at);
            }
            return upserted;
        });
    }

    /**
     * Stores every article of the content folder that differs from the stored one, in
     * transactions of a thousand, and applies them here at once: loading a large content folder
     * costs one pass, not one per article. Returns the ids left alone because the write API owns
     * them.
     */
    public List<String> putFromFolder(List<Article> articles) {
        return afterLoad(() -> storeDiffering(articles));
    }

    private List<String> storeDiffering(List<Article> articles) {
        Map<String, Article> current = byIds(articles.stream().map(Article::id).filter(this::contains).toList(), true);
        List<Article> differing = articles.stream()
                .filter(article -> !Objects.equals(current.get(article.id()), article)).toList();
        Instant at = clock.instant();
        List<String> refused = new ArrayList<>();
        for (int from = 0; from < differing.size(); from += ARTICLES_PER_TRANSACTION) {
            refused.addAll(store.upsertAll(differing.subList(from, Math.min(differing.size(), from + ARTICLES_PER_TRANSACTION)),
                    Origin.FOLDER, at).refused());
        }
        List<Article> written = refused.isEmpty() ? differing
                : differing.stream().filter(article -> !refused.contains(article.id())).toList();
        if (!written.isEmpty()) {
            applyLocal(written, Set.of(), at);
        }
        return refused;
    }

    /** Who owns a stored article: empty when there is none, or it has no owner yet. */
    public Optional<Origin> originOf(String id) {
        return store.originOf(id);
    }

    /** Deletes an article written through the API; false if there is none the API owns. */
    public boolean delete(String id) {
        return delete(List.of(id), Origin.API) == 1;
    }

    /** Deletes the content folder's articles of these ids; returns how many there were. */
    public int deleteFromFolder(Collection<String> ids) {
        return delete(ids, Origin.FOLDER);
    }

    private int delete(Collection<String> ids, Origin origin) {
        return afterLoad(() -> {
            Instant at = clock.instant();
            List<String> deleted = ids.isEmpty() ? List.of() : store.deleteAll(ids, origin, at);
            if (!deleted.isEmpty()) {
                applyLocal(List.of(), Set.copyOf(deleted), at);
            }
            return deleted.size();
        });
    }

    /** Writes this process made: applied now, each announced to observers (WebSub) once. */
    private void applyLocal(List<Article> written, Set<String> deleted, Instant at) {
        Map<String, IndexEntry> changed = new HashMap<>();
        Map<String, IndexEntry> before = new HashMap<>();
        Instant wasAsOf = index.asOf();
        for (Article article : written) {
            recent.put(article);
            changed.put(article.id(), IndexEntry.of(article));
        }
        for (String id : deleted) {
            recent.remove(id);
            changed.put(id, null);
        }
        changed.keySet().forEach(id -> before.put(id, publicAt(index.get(id), wasAsOf)));
        if (at.isAfter(lastChange)) {
            lastChange = at;
        }
        Set<String> tags = new HashSet<>();
        changed.forEach((id, entry) -> {
            for (IndexEntry version : new IndexEntry[] {index.get(id), entry}) {
                if (version != null) {
                    version.tags().forEach(tag -> tags.add(tag.slug()));
                }
            }
        });
        versions.willChange(tags);
        index.update(changed);
        versions.advance();
        List<ArticleChanged> events = new ArrayList<>();
        for (Article article : written) {
            announce(before.get(article.id()), article.isPublicAt(index.asOf()) ? article : null, events);
        }
        for (String id : deleted) {
            announce(before.get(id), null, events);
        }
        events.forEach(changes::fire);
    }

    // a write that changes nothing public (a draft, an article scheduled ahead) is no news for a hub
    private static void announce(Tagged before, Tagged after, List<ArticleChanged> events) {
        if (before != null || after != null) {
            events.add(new ArticleChanged(before, after));
        }
    }

    private static IndexEntry publicAt(IndexEntry entry, Instant instant) {
        return entry != null && entry.isPublicAt(instant) ? entry : null;
    }

    /**
     * The instant an article was scheduled for (its publication or expiry) has come: the public
     * articles are worked out again, cached feeds go stale, and observers hear of each article
     * that appeared or left, as after a write.
     */
    private void reachedInstant() {
        List<ArticleChanged> events = new ArrayList<>();
        synchronized (this) {
            Instant wasAsOf = index.asOf();
            List<IndexEntry> entries = index.everyEntry();
            versions.willChangeEverything();
            index.showAt(clock.instant());
            for (IndexEntry entry : entries) {
                announce(publicAt(entry, wasAsOf), publicAt(entry, index.asOf()), events);
            }
            versions.advance();
        }
        events.forEach(changes::fire);
    }

    /** Stops the wake-ups at shutdown. */
    void stop() {
        timer.stop();
    }
}
