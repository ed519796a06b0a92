package dev.herald.server.feed;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.query.Slugs;
import dev.herald.core.query.TagQuery;
import dev.herald.core.site.FeedRequest;
import dev.herald.server.config.HeraldConfig;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The feed paths of the URL space, in the three formats, with query filters. HEAD is answered
 * too. Feeds come from memory and never block, so they are answered on the I/O threads.
 */
@Path("/")
@NonBlocking
public class FeedResource {

    private final FeedService feeds;
    private final HeraldConfig config;

    public FeedResource(FeedService feeds, HeraldConfig config) {
        this.feeds = feeds;
        this.config = config;
    }

    @GET
    @Path("feed.xml")
    public Response rss(@Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(FeedFormat.RSS, null, uri, headers);
    }

    @GET
    @Path("atom.xml")
    public Response atom(@Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(FeedFormat.ATOM, null, uri, headers);
    }

    @GET
    @Path("feed.json")
    public Response json(@Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(FeedFormat.JSON, null, uri, headers);
    }

    @GET
    @Path("tags/{tag}/feed.xml")
    public Response tagRss(@PathParam("tag") String tag, @Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(FeedFormat.RSS, tag, uri, headers);
    }

    @GET
    @Path("tags/{tag}/atom.xml")
    public Response tagAtom(@PathParam("tag") String tag, @Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(FeedFormat.ATOM, tag, uri, headers);
    }

    @GET
    @Path("tags/{tag}/feed.json")
    public Response tagJson(@PathParam("tag") String tag, @Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(FeedFormat.JSON, tag, uri, headers);
    }

    private Response feed(FeedFormat format, String tag, UriInfo uri, HttpHeaders headers) {
        String pathTag = tag == null ? null : Slugs.tagSlug(tag);
        TagQuery query = FeedParams.parse(uri.getQueryParameters(), pathTag, config.feedLimit());
        FeedRequest request = (pathTag == null ? FeedRequest.main(format, query.limit())
                : FeedRequest.tag(format, pathTag, query.limit())).selecting(query);
        CachedFeed feed = feeds.feed(request, uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery());
        return ConditionalResponses.respond(feed.document(), feed.headers(), headers);
    }
}
