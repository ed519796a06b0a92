package dev.herald.server.api;

import dev.herald.core.model.Article;
import dev.herald.core.query.TagQuery;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import dev.herald.server.store.Origin;
import dev.herald.server.store.Upserted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * What the write API does with articles, between the HTTP resource and the catalog: bodies read
 * strictly, ids checked, and every refusal a problem (400 for an id no article can have, 404 for
 * an unknown one, 409 for a taken one or one the content folder owns).
 */
@ApplicationScoped
public class ArticleService {

    private final ArticleCatalog catalog;
    private final ArticleBodies bodies;

    public ArticleService(ArticleCatalog catalog, ArticleBodies bodies) {
        this.catalog = catalog;
        this.bodies = bodies;
    }

    /** What was written, and whether it was new. */
    public record Written(Article article, boolean created) {
    }

    /** The articles the query selects, newest first: the public ones, or every stored one. */
    public List<Article> select(TagQuery query, boolean unpublished) {
        return unpublished ? catalog.articles(query.selectFromNewestFirst(catalog.allEntries())) : catalog.select(query);
    }

    /** The article with this id: a public one, or any stored one. */
    public Article require(String id, boolean unpublished) {
        requireValidId(id);
        return (unpublished ? catalog.findAny(id) : catalog.find(id)).orElseThrow(() -> notFound(id));
    }

    /** Stores the new article in the body. */
    public Article create(byte[] body) {
        Article article = bodies.parse(body);
        if (!catalog.create(article)) {
            requireApiOwned(article.id());
            throw new ProblemException(Status.CONFLICT, "An article with id \"" + article.id()
                    + "\" exists; PUT /api/articles/" + article.id() + " replaces it.");
        }
        return article;
    }

    /** Stores the article in the body under {@code id}, new or replacing the API's article. */
    public Written put(String id, byte[] body) {
        requireValidId(id);
        Article article = bodies.parseFor(id, body);
        Upserted upserted = catalog.put(article);
        if (!upserted.refused().isEmpty()) {
            throw ownedByFolder(id);
        }
        return new Written(article, upserted.replaced().isEmpty());
    }

    /** Deletes the API's article with this id. */
    public void delete(String id) {
        requireValidId(id);
        if (!catalog.delete(id)) {
            requireApiOwned(id);
            throw notFound(id);
        }
    }

    // the id in a path must be one an article can have: anything else is the client's mistake, not a 500
    private static void requireValidId(String id) {
        if (!Article.isId(id)) {
            throw new ProblemException(Status.BAD_REQUEST, "\"" + id + "\" is not an article id: ids are lower-case"
                    + " letters, digits and dashes, at most 120, starting with a letter or digit.",
                    List.of(new FieldError("id", "must match " + Article.ID_PATTERN.pattern())));
        }
    }

    private void requireApiOwned(String id) {
        if (catalog.originOf(id).filter(origin -> origin == Origin.FOLDER).isPresent()) {
            throw ownedByFolder(id);
        }
    }

    // the folder is the article's source of truth: an API write would be undone by the next edit of the file
    private static ProblemException ownedByFolder(String id) {
        return new ProblemException(Status.CONFLICT, "The article \"" + id + "\" comes from a file of the content"
                + " folder (HERALD_CONTENT_DIR) and is read-only through the API: edit or delete the file instead.");
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Status.NOT_FOUND, "No article has the id \"" + id + "\".");
    }
}
