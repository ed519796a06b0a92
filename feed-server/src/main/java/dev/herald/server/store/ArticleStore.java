package dev.herald.server.store;

import dev.herald.core.model.Article;
import java.util.List;
import java.util.Optional;

/** Durable storage of articles. A method that returns has committed its change. */
public interface ArticleStore {

    /** Every stored article, in no particular order. */
    List<Article> loadAll();

    Optional<Article> find(String id);

    /** Stores a new article; false if the id is taken. */
    boolean insert(Article article);

    /** Stores the article, replacing one with the same id; true if it replaced one. */
    boolean upsert(Article article);

    /** Removes the article; false if there was none. */
    boolean delete(String id);
}
