package dev.herald.server.audience;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Hands every feed answer (200 or 304, from the cache or the REST layer alike) to the
 * {@link AudienceCounter}, as its head is sent. Runs before the cached feed route.
 */
@ApplicationScoped
public class FeedRequestCounting {

    private final AudienceCounter counter;

    public FeedRequestCounting(AudienceCounter counter) {
        this.counter = counter;
    }

    void install(@Observes Router router) {
        if (!counter.isOn()) {
            return;
        }
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(this::watch);
    }

    private void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (path != null && (path.endsWith(".xml") || path.endsWith(".json"))) {
            context.addHeadersEndHandler(ignored -> {
                int status = context.response().getStatusCode();
                if (status == 200 || status == 304) {
                    SocketAddress remote = request.remoteAddress();
                    counter.count(path, request.query(), remote == null ? null : remote.hostAddress(),
                            request.getHeader(HttpHeaders.USER_AGENT));
                }
            });
        }
        context.next();
    }
}
