package dev.herald.server.catalog;

import dev.herald.core.model.Article;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole articles (text included) used most recently, at most {@code capacity}: the feeds
 * people read show the same few hundred articles, which then need no trip to the store.
 * Thread-safe.
 */
final class RecentArticles {

    private final Map<String, Article> byId;

    RecentArticles(int capacity) {
        this.byId = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Article> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Article get(String id) {
        return byId.get(id);
    }

    synchronized void put(Article article) {
        byId.put(article.id(), article);
    }

    synchronized void remove(String id) {
        byId.remove(id);
    }

    synchronized void clear() {
        byId.clear();
    }
}
