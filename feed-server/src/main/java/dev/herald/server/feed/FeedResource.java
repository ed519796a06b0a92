package dev.herald.server.feed;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.query.TagQuery;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SitePaths;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

/**
 * The feed paths of the URL space, in the three formats: the current feeds and their RFC 5005
 * archive documents, and filtered feeds paged with a cursor. HEAD is answered
 * too. Feeds come from memory and never block, so they are answered on the I/O threads.
 */
@Path("/")
@NonBlocking
public class FeedResource {

    /** The file names of the three formats, as a path pattern. */
    private static final String FILES = "feed\\.xml|atom\\.xml|feed\\.json";

    private final FeedService feeds;
    private final HeraldConfig config;
    private final FeedRequestListener listener;

    public FeedResource(FeedService feeds, HeraldConfig config, FeedRequestListener listener) {
        this.feeds = feeds;
        this.config = config;
        this.listener = listener;
    }

    @GET
    @Path("{file: " + FILES + "}")
    public Response current(@PathParam("file") String file, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest request) {
        return counted(feed(format(file), null, uri, headers), request);
    }

    @GET
    @Path("tags/{tag}/{file: " + FILES + "}")
    public Response tagCurrent(@PathParam("tag") String tag, @PathParam("file") String file, @Context UriInfo uri,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return counted(feed(format(file), tag, uri, headers), request);
    }

    // a reader answered 200 or 304 is a reader of the feed
    private Response counted(Response response, HttpServerRequest request) {
        if (response.getStatus() == 200 || response.getStatus() == 304) {
            SocketAddress remote = request.remoteAddress();
            listener.answered(request.path(), request.query(), remote == null ? null : remote.hostAddress(),
                    request.getHeader(HttpHeaders.USER_AGENT));
        }
        return response;
    }

    // archive documents show old articles, which the catalog mostly reads from the store: a worker thread waits for it
    @GET
    @Blocking
    @Path("archives/{n}/{file: " + FILES + "}")
    public Response archive(@PathParam("n") String n, @PathParam("file") String file, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return archive(format(file), null, n, uri, headers);
    }

    @GET
    @Blocking
    @Path("tags/{tag}/archives/{n}/{file: " + FILES + "}")
    public Response tagArchive(@PathParam("tag") String tag, @PathParam("n") String n, @PathParam("file") String file,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return archive(format(file), tag, n, uri, headers);
    }

    // the path's pattern lets only the three file names through
    private static FeedFormat format(String file) {
        return FeedFormat.ofFileName(file).orElseThrow();
    }

    private Response feed(FeedFormat format, String tag, UriInfo uri, HttpHeaders headers) {
        String pathTag = tag == null ? null : TagPaths.require(tag);
        TagQuery query = FeedParams.parse(uri.getQueryParameters(), pathTag, config.feedLimit());
        String cursor = uri.getQueryParameters().getFirst(FeedCursor.PARAMETER);
        FeedRequest request = current(format, pathTag, query.limit()).selecting(query);
        CachedFeed feed = feeds.feed(request, uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery(),
                cursor == null ? null : FeedCursor.decode(cursor));
        return ConditionalResponses.respond(feed.document(), feed.headers(), headers);
    }

    private Response archive(FeedFormat format, String tag, String n, UriInfo uri, HttpHeaders headers) {
        String pathTag = tag == null ? null : TagPaths.require(tag);
        CachedFeed feed = ArchiveNumbers.parse(n)
                .flatMap(page -> feeds.archive(current(format, pathTag, config.feedLimit()), page, uri.getRequestUri().getRawPath()))
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "There is no archive document " + n + " of the feed "
                        + SitePaths.currentFeed(pathTag, format) + "."));
        return ConditionalResponses.respond(feed.document(), feed.headers(), headers);
    }

    static FeedRequest current(FeedFormat format, String slug, int limit) {
        return slug == null ? FeedRequest.main(format, limit) : FeedRequest.tag(format, slug, limit);
    }
}
