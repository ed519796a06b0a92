package dev.herald.server.audience;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Before {@code /q/metrics} answers, this replica's latest counts go to the store and the gauges
 * are refreshed from it, so a scrape right after a reader's request already counts it.
 */
@ApplicationScoped
public class MetricsFlush {

    private final AudienceCounter counter;

    public MetricsFlush(AudienceCounter counter) {
        this.counter = counter;
    }

    void install(@Observes Router router) {
        // a worker thread: flushing writes to the store
        router.get("/q/metrics").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).blockingHandler(context -> {
            try {
                counter.current();
            } catch (RuntimeException e) {
                // the gauges keep the last flush's figures
            }
            context.next();
        }, false);
    }
}
