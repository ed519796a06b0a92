package dev.herald.server.feed;

import dev.herald.server.store.ArticleCatalog;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Holds feed and page requests that arrive while the articles' index is still loading, and lets
 * them on once it has: the server listens before the index is in memory (readiness says when it
 * is), and an early reader gets a late answer rather than an empty feed. Writes need no holding:
 * the catalog makes them wait. Quarkus's own {@code /q/} endpoints, health among them, pass.
 */
@ApplicationScoped
public class IndexLoadingGate {

    private final ArticleCatalog catalog;

    public IndexLoadingGate(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    void install(@Observes Router router) {
        // ahead of the cached feeds' route
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(this::gate);
    }

    private void gate(RoutingContext context) {
        if (catalog.isLoaded() || context.request().path().startsWith("/q/")) {
            context.next();
            return;
        }
        Context requestContext = context.vertx().getOrCreateContext();
        catalog.whenLoaded().whenComplete((ignored, failure) -> requestContext.runOnContext(go -> {
            if (failure == null) {
                context.next();
            } else {
                context.response().setStatusCode(503).end();
            }
        }));
    }
}
