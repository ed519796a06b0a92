package dev.herald.server.api;

import dev.herald.core.format.json.ArticleJsonCodec;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.feed.FeedParams;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.InputStream;
import java.util.List;

/** {@code /api/articles}: read with the feed filters; create, replace and delete with a bearer token. */
@Path("/api/articles")
public class ArticleResource {

    /** The parameter that asks for drafts, scheduled and expired articles beside the public ones. */
    static final String DRAFTS = "drafts";

    private final ArticleService articles;
    private final BearerTokens tokens;
    private final HeraldConfig config;
    private final SiteSettings site;
    private final RequestBodies bodies;
    private final ArticleJsonCodec json = new ArticleJsonCodec();

    public ArticleResource(ArticleService articles, BearerTokens tokens, HeraldConfig config, SiteSettings site,
            RequestBodies bodies) {
        this.articles = articles;
        this.tokens = tokens;
        this.config = config;
        this.site = site;
        this.bodies = bodies;
    }

    /** The public articles the filters select; with {@code drafts=true} and a token, unpublished ones too. */
    @GET
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>(uri.getQueryParameters());
        List<String> drafts = parameters.remove(DRAFTS);
        boolean unpublished = drafts != null && drafts.contains("true");
        if (unpublished) {
            tokens.requireWriter(authorization);
        }
        TagQuery query = FeedParams.parse(parameters, null, config.feedLimit());
        return Response.ok(json.writeAll(articles.select(query, unpublished)), MediaType.APPLICATION_JSON).build();
    }

    /** A public article; with a token, a draft or one not yet due too. */
    @GET
    @Path("{id}")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        Article article = articles.require(id, tokens.isWriter(authorization));
        return Response.ok(json.write(article), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding, InputStream body) {
        tokens.requireWriter(authorization);
        Article article = articles.create(bodies.read(body, encoding));
        return Response.created(site.resolve("/api/articles/" + article.id()))
                .entity(json.write(article)).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding, InputStream body) {
        tokens.requireWriter(authorization);
        ArticleService.Written written = articles.put(id, bodies.read(body, encoding));
        Response.ResponseBuilder response = written.created()
                ? Response.created(site.resolve("/api/articles/" + id)) : Response.ok();
        return response.entity(json.write(written.article())).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        tokens.requireWriter(authorization);
        articles.delete(id);
        return Response.noContent().build();
    }
}
