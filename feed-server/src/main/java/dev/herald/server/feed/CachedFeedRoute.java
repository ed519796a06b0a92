package dev.herald.server.feed;

import dev.herald.server.problem.ProblemDetail;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Answers requests for a feed that is cached and current straight from Vert.x, ahead of the REST
 * layer: a reader polling an unchanged feed costs a map lookup and a write of bytes made once.
 * Anything else (a feed not rendered since the last write, a bad parameter, every other path)
 * goes on to the REST resources, and {@link FeedResource} fills the cache. Both answer through
 * {@link ConditionalResponses}, with the same headers.
 */
@ApplicationScoped
public class CachedFeedRoute {

    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");

    private final FeedService feeds;
    private final FeedRequestListener listener;

    public CachedFeedRoute(FeedService feeds, FeedRequestListener listener) {
        this.feeds = feeds;
        this.listener = listener;
    }

    void install(@Observes Router router) {
        // after Quarkus's access log, metrics and compression set-up; before the REST layer
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        CachedFeed feed = feeds.cached(request.path(), request.query());
        if (feed == null) {
            context.next();
            return;
        }
        RenderedDocument document = feed.document();
        MultiMap asked = request.headers();
        HttpServerResponse response = context.response();
        for (Map.Entry<CharSequence, CharSequence> header : feed.encodedHeaders()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        boolean gzip = ConditionalResponses.wantsGzip(asked.get(HttpHeaders.ACCEPT_ENCODING));
        response.headers().add(HttpHeaders.ETAG, feed.encodedEtag(gzip));
        ConditionalResponses.Answer answer = ConditionalResponses.answer(document, asked::get, gzip);
        if (answer != ConditionalResponses.Answer.PRECONDITION_FAILED) {
            SocketAddress remote = request.remoteAddress();
            listener.answered(request.path(), request.query(), remote == null ? null : remote.hostAddress(),
                    asked.get(HttpHeaders.USER_AGENT));
        }
        switch (answer) {
            case PRECONDITION_FAILED -> response.setStatusCode(412)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                    .end(Json.encode(ConditionalResponses.preconditionFailed()));
            case NOT_MODIFIED -> response.setStatusCode(304).end();
            case GZIP -> response.putHeader(HttpHeaders.CONTENT_TYPE, feed.encodedContentType())
                    .putHeader(HttpHeaders.CONTENT_ENCODING, GZIP).end(document.gzippedBody());
            case PLAIN -> response.putHeader(HttpHeaders.CONTENT_TYPE, feed.encodedContentType()).end(document.body());
        }
    }
}
