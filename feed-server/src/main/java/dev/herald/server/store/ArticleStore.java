package dev.herald.server.store;

import dev.herald.core.model.Article;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable storage of articles, which several server processes may share. A write method that
 * returns has committed its change, raised the store's revision and recorded {@code at} as the
 * time of the last write.
 */
public interface ArticleStore {

    /** The index of every stored article, in no particular order, with the state it was read at. */
    StoreSnapshot loadIndex();

    Optional<Article> find(String id);

    /** The stored articles with these ids, by id; ids not stored are left out. */
    Map<String, Article> findAll(Collection<String> ids);

    /** Stores a new article from the write API; false, and nothing written, if the id is taken. */
    boolean insert(Article article, Instant at);

    /**
     * Stores the articles in one transaction as {@code origin}'s, each replacing one with the same
     * id; an article the other origin owns is left as it is and its id reported as refused.
     */
    Upserted upsertAll(List<Article> articles, Origin origin, Instant at);

    /** Removes the articles {@code origin} owns, in one transaction; the ids there were. */
    List<String> deleteAll(Collection<String> ids, Origin origin, Instant at);

    /** Who owns the stored article with this id; empty when there is none or it has no owner yet. */
    Optional<Origin> originOf(String id);

    /**
     * The ids that writes after revision {@code since} touched; on PostgreSQL, which replicas
     * share, only other processes' writes (this one's are already in its catalog).
     */
    StoreChanges changesSince(long since);
}
