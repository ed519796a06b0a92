package dev.herald.server.feed;

import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.problem.ProblemDetail;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;

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
                // the server is stopping: it could not load its articles
                context.response().setStatusCode(Status.SERVICE_UNAVAILABLE.getStatusCode())
                        .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .end(Json.encode(ProblemDetail.of(Status.SERVICE_UNAVAILABLE,
                                "The articles could not be loaded; the server is stopping.")));
            }
        }));
    }
}
