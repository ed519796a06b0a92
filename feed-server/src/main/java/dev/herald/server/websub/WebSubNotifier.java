package dev.herald.server.websub;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.Generator;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.SitePaths;
import dev.herald.server.catalog.ArticleChanged;
import dev.herald.server.config.HeraldConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Tells the WebSub hub which feeds a write changed ({@code hub.mode=publish}, one {@code hub.url}
 * per feed: the main feeds and the feeds of the article's old and new tags), in the background
 * with retries and growing delays, so a hub that is slow or down never slows or fails a write.
 */
@ApplicationScoped
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);
    private static final int ATTEMPTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI hub;
    private final SiteSettings site;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herald-websub");
        thread.setDaemon(true);
        return thread;
    });

    /** Feed URLs whose ping is queued and not yet sent. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public WebSubNotifier(HeraldConfig config, SiteSettings site) {
        this.hub = config.websubHub().orElse(null);
        this.site = site;
    }

    void changed(@Observes ArticleChanged change) {
        if (hub == null) {
            return;
        }
        for (String feedUrl : changedFeeds(change)) {
            // a feed already waiting for its ping needs no second one: a batch of writes pings each feed once
            if (queued.add(feedUrl)) {
                timer.execute(() -> {
                    queued.remove(feedUrl);
                    publish(feedUrl, 1);
                });
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
    }

    List<String> changedFeeds(ArticleChanged change) {
        List<String> urls = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            urls.add(site.resolve(SitePaths.feed(format)).toString());
        }
        for (String slug : change.tagSlugs()) {
            for (FeedFormat format : FeedFormat.values()) {
                urls.add(site.resolve(SitePaths.tagFeed(slug, format)).toString());
            }
        }
        return urls;
    }

    private void publish(String feedUrl, int attempt) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(feedUrl, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(hub).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", Generator.PRODUCT + " (+" + site.baseUrl() + ")")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean accepted = failure == null && response.statusCode() / 100 == 2;
            if (accepted) {
                return;
            }
            String reason = failure != null ? failure.toString() : "HTTP " + response.statusCode();
            if (attempt >= ATTEMPTS) {
                LOG.warnf("WebSub hub %s did not take %s after %d attempts: %s", hub, feedUrl, attempt, reason);
                return;
            }
            long delaySeconds = 1L << (attempt - 1);
            LOG.debugf("WebSub hub %s: %s; retrying %s in %d s", hub, reason, feedUrl, delaySeconds);
            timer.schedule(() -> publish(feedUrl, attempt + 1), delaySeconds, TimeUnit.SECONDS);
        });
    }
}
