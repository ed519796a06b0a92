package dev.herald.server.store;

import dev.herald.core.model.Article;
import java.time.Instant;
import java.util.Optional;

/**
 * Durable storage of articles, which several server processes may share. A write method that
 * returns has committed its change, raised the store's revision and recorded {@code at} as the
 * time of the last write.
 */
public interface ArticleStore {

    /** Every stored article, in no particular order, with the state they were read at. */
    StoreSnapshot loadAll();

    Optional<Article> find(String id);

    /** Stores a new article; false, and nothing written, if the id is taken. */
    boolean insert(Article article, Instant at);

    /** Stores the article, replacing one with the same id; true if it replaced one. */
    boolean upsert(Article article, Instant at);

    /** Removes the article; false, and nothing written, if there was none. */
    boolean delete(String id, Instant at);

    /** The ids that writes after revision {@code since} touched, by this process or another. */
    StoreChanges changesSince(long since);
}
