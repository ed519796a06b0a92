package dev.herald.server.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the articles' index has loaded: before that, feeds cannot be served. */
@Readiness
@ApplicationScoped
public class ArticleIndexCheck implements HealthCheck {

    private final ArticleCatalog catalog;

    public ArticleIndexCheck(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("articles index");
        return catalog.isLoaded()
                ? response.up().withData("articles", catalog.entries().size()).build()
                : response.down().withData("articles", "loading").build();
    }
}
