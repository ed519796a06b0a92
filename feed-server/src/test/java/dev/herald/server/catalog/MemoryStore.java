package dev.herald.server.catalog;

import dev.herald.core.model.Article;
import dev.herald.server.store.ArticleStore;
import dev.herald.server.store.IndexEntry;
import dev.herald.server.store.Origin;
import dev.herald.server.store.StoreChanges;
import dev.herald.server.store.StoreSnapshot;
import dev.herald.server.store.StoreState;
import dev.herald.server.store.Upserted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store in memory: what was written is there, nothing else. */
final class MemoryStore implements ArticleStore {

    final Map<String, Article> articles = new HashMap<>();
    /** How many articles were read by {@link #findAll}. */
    int read;

    @Override
    public StoreSnapshot loadIndex() {
        return new StoreSnapshot(articles.values().stream().map(IndexEntry::of).toList(), new StoreState(0, Instant.EPOCH));
    }

    @Override
    public Optional<Article> find(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public Map<String, Article> findAll(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        ids.stream().filter(articles::containsKey).forEach(id -> found.put(id, articles.get(id)));
        read += found.size();
        return found;
    }

    @Override
    public boolean insert(Article article, Instant at) {
        return articles.putIfAbsent(article.id(), article) == null;
    }

    @Override
    public Upserted upsertAll(List<Article> written, Origin origin, Instant at) {
        List<String> replaced = new ArrayList<>();
        for (Article article : written) {
            if (articles.put(article.id(), article) != null) {
                replaced.add(article.id());
            }
        }
        return new Upserted(replaced, List.of());
    }

    @Override
    public List<String> deleteAll(Collection<String> ids, Origin origin, Instant at) {
        return ids.stream().filter(id -> articles.remove(id) != null).toList();
    }

    @Override
    public Optional<Origin> originOf(String id) {
        return articles.containsKey(id) ? Optional.of(Origin.API) : Optional.empty();
    }

    @Override
    public StoreChanges changesSince(long since) {
        throw new UnsupportedOperationException("one process here");
    }
}
