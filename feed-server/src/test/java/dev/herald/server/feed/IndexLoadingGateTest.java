package dev.herald.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.server.catalog.SlowLoadingCatalog;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While the index loads, feeds and pages wait for it and Quarkus's own endpoints do not. */
class IndexLoadingGateTest {

    private final SlowLoadingCatalog slow = new SlowLoadingCatalog();
    private final HttpClient client = HttpClient.newHttpClient();
    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new IndexLoadingGate(slow.catalog).install(router);
        // stands for the REST layer's feeds and pages, at its place in Quarkus's router
        router.route().order(RouteConstants.ROUTE_ORDER_DEFAULT).handler(context -> context.response()
                .end("articles " + (slow.catalog.isLoaded() ? slow.catalog.entries().size() : "not loaded")));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        slow.finishLoading();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void holdsFeedsUntilTheIndexHasLoaded() throws Exception {
        slow.startLoading();
        CompletableFuture<HttpResponse<String>> feed = get("/feed.xml");
        Awaitility.await("a feed held until the index has loaded").during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2)).until(() -> !feed.isDone());
        assertEquals("articles not loaded", get("/q/health/live").get(10, TimeUnit.SECONDS).body());

        slow.finishLoading();
        HttpResponse<String> answer = feed.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("articles 0", answer.body());
        assertEquals("articles 0", get("/tags/").get(10, TimeUnit.SECONDS).body());
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
