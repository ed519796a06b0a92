package dev.herald.server.feed;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps {@code Content-Encoding: identity} off every 304 (feeds, pages, the site's own files).
 * With compression on, Quarkus puts that header on each response so that Vert.x compresses only
 * what is meant to be compressed, and Vert.x takes it off again as it writes a 200, but not a 304,
 * which it never compresses. A cache that updates its stored headers from a 304 (RFC 9111,
 * section 4.3.4) would then label its gzip copy of a feed as not encoded.
 */
@ApplicationScoped
public class NotModifiedHeaders {

    void install(@Observes Router router) {
        // ahead of every route that can answer 304
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 200).handler(this::watch);
    }

    private void watch(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            if (response.getStatusCode() == 304
                    && HttpHeaders.IDENTITY.toString().equalsIgnoreCase(response.headers().get(HttpHeaders.CONTENT_ENCODING))) {
                response.headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
        context.next();
    }
}
