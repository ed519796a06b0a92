package dev.herald.server.api;

import dev.herald.core.model.Article;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadResult;
import dev.herald.server.config.ServerSite;
import dev.herald.server.ownfiles.OwnFileLinks;
import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * Reads article JSON from request bodies through core's strict reader (unknown keys are errors,
 * unlike Quarkus's own mapper), turning every problem into one 400 answer.
 */
@ApplicationScoped
public class ArticleBodies {

    private final ArticleReader reader;

    public ArticleBodies(ServerSite site) {
        this.reader = ArticleReader.forSite(site.settings()).checkingSiteLinks(OwnFileLinks.of(site));
    }

    /** The one article in the body; its id from the body or, without one, from the title. */
    public Article parse(byte[] body) {
        return parse(body, null);
    }

    /** The article in the body for {@code PUT /api/articles/{id}}: the path gives the id. */
    public Article parseFor(String id, byte[] body) {
        Article article = parse(body, id);
        if (!article.id().equals(id)) {
            throw new ProblemException(Status.BAD_REQUEST, "The article's id does not match the URL.",
                    List.of(new FieldError("id", "is \"" + article.id() + "\" but the URL says \"" + id + "\"")));
        }
        return article;
    }

    private Article parse(byte[] body, String idFromUrl) {
        ReadResult result = reader.read("request body", body, InputFormat.JSON, idFromUrl);
        List<FieldError> errors = result.problems().stream().filter(Problem::isError)
                .map(p -> new FieldError(p.field() == null ? "body" : p.field(),
                        p.line() > 0 ? "line " + p.line() + ": " + p.message() : p.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "The article is not valid.", errors);
        }
        if (result.articles().size() != 1) {
            throw new ProblemException(Status.BAD_REQUEST, "Send one article object, not a list.");
        }
        return result.articleList().get(0);
    }
}
