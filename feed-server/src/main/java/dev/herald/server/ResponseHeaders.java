package dev.herald.server;

import dev.herald.server.feed.ConditionalResponses;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * What every response gets right whichever route answers it (feeds, pages, the API, the site's
 * own files):
 * <ul>
 * <li>a {@code Date}, which an origin server with a clock must send (RFC 9110, section 6.6.1) and
 * caches work out a response's age from; Vert.x sends none of its own;</li>
 * <li>no {@code Content-Encoding: identity}. With compression on, Quarkus puts that header on each
 * response so that Vert.x compresses only what is meant to be compressed, and Vert.x takes it off
 * again as it weighs compressing a response, but not where it never would: a 304, an answer to
 * HEAD or OPTIONS, an HTTP/1.0 one, an empty body. "identity" is no content coding a response may
 * name, and a cache that updates its stored headers from a 304 (RFC 9111, section 4.3.4) would
 * take its gzip copy of a feed for plain bytes.</li>
 * </ul>
 */
@ApplicationScoped
public class ResponseHeaders {

    /** The Date of the current second, made once a second rather than for each request. */
    private volatile Stamp stamp = new Stamp(-1, "");

    private record Stamp(long second, CharSequence date) {
    }

    void install(@Observes Router router) {
        // ahead of every route that answers: ours, the REST layer, /q/metrics (MetricsFlush) and the health checks
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::stamp);
    }

    private void stamp(RoutingContext context) {
        HttpServerResponse response = context.response();
        response.headers().set(HttpHeaders.DATE, date());
        // a plain GET (most requests) gets a body Vert.x weighs compressing: it is spared the handler
        HttpServerRequest request = context.request();
        if (!isPlainGet(request)) {
            context.addHeadersEndHandler(ignored -> {
                if (HttpHeaders.IDENTITY.toString().equalsIgnoreCase(response.headers().get(HttpHeaders.CONTENT_ENCODING))
                        && neverCompressed(request, response)) {
                    response.headers().remove(HttpHeaders.CONTENT_ENCODING);
                }
            });
        }
        context.next();
    }

    private static boolean isPlainGet(HttpServerRequest request) {
        MultiMap asked = request.headers();
        return request.method() == HttpMethod.GET && request.version() != HttpVersion.HTTP_1_0
                && !asked.contains(HttpHeaders.IF_NONE_MATCH) && !asked.contains(HttpHeaders.IF_MODIFIED_SINCE);
    }

    // the answers seen to keep "identity": Vert.x passes them on as they are, never weighing compression
    private static boolean neverCompressed(HttpServerRequest request, HttpServerResponse response) {
        return response.getStatusCode() == 304 || request.method() == HttpMethod.HEAD
                || request.method() == HttpMethod.OPTIONS || request.version() == HttpVersion.HTTP_1_0
                || "0".equals(response.headers().get(HttpHeaders.CONTENT_LENGTH)); // the hub's 202, say
    }

    private CharSequence date() {
        long second = System.currentTimeMillis() / 1000;
        Stamp current = stamp;
        if (current.second() != second) {
            String date = ConditionalResponses.HTTP_DATE.format(Instant.ofEpochSecond(second));
            current = new Stamp(second, HttpHeaders.createOptimized(date));
            stamp = current;
        }
        return current.date();
    }
}
