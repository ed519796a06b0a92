package dev.herald.server.page;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * A page's {@code index.html}, which every static host serves for the static build's folders:
 * a permanent redirect to the page's own address ({@code /articles/x/index.html} →
 * {@code /articles/x/}), so links made to the static site keep working once it moves to the
 * server. The site's own files come first: a {@code static/} folder's {@code index.html} is served.
 */
@ApplicationScoped
public class IndexPageRedirect {

    private static final String INDEX = "index.html";

    void install(@Observes Router router) {
        // after the site's own files, before the REST layer
        router.routeWithRegex(".*/" + INDEX.replace(".", "\\.")).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 2)
                .method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::redirect);
    }

    private void redirect(RoutingContext context) {
        String path = context.normalizedPath();
        String page = path.substring(0, path.length() - INDEX.length());
        // "//other.example/" or a backslash, which browsers take for a slash, would lead off the site
        if (!page.startsWith("/") || page.startsWith("//") || page.contains("\\")
                || page.toLowerCase(Locale.ROOT).contains("%5c")) {
            context.next();
            return;
        }
        String query = context.request().query();
        context.response().setStatusCode(301)
                .putHeader(HttpHeaders.LOCATION, query == null ? page : page + "?" + query)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .end();
    }
}
