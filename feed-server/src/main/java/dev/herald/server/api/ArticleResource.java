package dev.herald.server.api;

import dev.herald.core.format.json.ArticleJsonCodec;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.feed.FeedParams;
import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import dev.herald.server.store.ArticleCatalog;
import dev.herald.server.store.Origin;
import dev.herald.server.store.Upserted;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/** {@code /api/articles}: read with the feed filters; create, replace and delete with a bearer token. */
@Path("/api/articles")
public class ArticleResource {

    private final ArticleCatalog catalog;
    private final ArticleService articles;
    private final BearerTokens tokens;
    private final HeraldConfig config;
    private final SiteSettings site;
    private final RequestBodies bodies;
    private final ArticleJsonCodec json = new ArticleJsonCodec();

    public ArticleResource(ArticleCatalog catalog, ArticleService articles, BearerTokens tokens, HeraldConfig config,
            SiteSettings site, RequestBodies bodies) {
        this.bodies = bodies;
        this.catalog = catalog;
        this.articles = articles;
        this.tokens = tokens;
        this.config = config;
        this.site = site;
    }

    @GET
    public Response list(@Context UriInfo uri) {
        TagQuery query = FeedParams.parse(uri.getQueryParameters(), null, config.feedLimit());
        return Response.ok(json.writeAll(catalog.select(query)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        requireValidId(id);
        Article article = catalog.find(id).orElseThrow(() -> notFound(id));
        return Response.ok(json.write(article), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        tokens.requireWriter(authorization);
        Article article = articles.parse(bodies.read(body));
        if (!catalog.create(article)) {
            requireApiOwned(article.id());
            throw new ProblemException(409, "Conflict", "An article with id \"" + article.id()
                    + "\" exists; PUT /api/articles/" + article.id() + " replaces it.");
        }
        return Response.created(site.resolve("/api/articles/" + article.id()))
                .entity(json.write(article)).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            InputStream body) {
        tokens.requireWriter(authorization);
        requireValidId(id);
        Article article = articles.parseFor(id, bodies.read(body));
        Upserted upserted = catalog.put(article);
        if (!upserted.refused().isEmpty()) {
            throw ownedByFolder(id);
        }
        Response.ResponseBuilder response = upserted.replaced().isEmpty()
                ? Response.created(site.resolve("/api/articles/" + id)) : Response.ok();
        return response.entity(json.write(article)).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        tokens.requireWriter(authorization);
        requireValidId(id);
        if (!catalog.delete(id)) {
            requireApiOwned(id);
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    // the id in a path must be one an article can have: anything else is the client's mistake, not a 500
    private static void requireValidId(String id) {
        if (!Article.ID_PATTERN.matcher(id).matches()) {
            throw new ProblemException(400, "Bad Request", "\"" + id + "\" is not an article id: ids are lower-case"
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
        return new ProblemException(409, "Conflict", "The article \"" + id + "\" comes from a file of the content"
                + " folder (HERALD_CONTENT_DIR) and is read-only through the API: edit or delete the file instead.");
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(404, "Not Found", "No article has the id \"" + id + "\".");
    }
}
