package dev.herald.server.websub;

import dev.herald.core.feed.Generator;
import dev.herald.core.io.LimitedBody;
import dev.herald.core.model.SiteSettings;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.HubAddress;
import dev.herald.server.websub.CallbackPolicy.RefusedCallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The hub's requests to subscribers' callbacks: a few at a time per host and port (the rest wait
 * their turn, on no thread), redirects not followed, an answer's body read only up to a limit,
 * each request cut off after the configured timeout. A callback that never answers holds one of
 * its own host's places for that long and nobody else's.
 */
@ApplicationScoped
public class CallbackClient {

    /** Enough of a body for any challenge echoed back. */
    private static final int BODY_LIMIT = 4096;

    /** A callback's answer: the status and the start of its body. */
    public record Answer(int status, byte[] body) {

        boolean isSuccess() {
            return status / 100 == 2;
        }
    }

    private final CallbackPolicy policy;
    private final Duration timeout;
    private final int perHost;
    private final HttpClient client;
    /** Names the hub to callbacks, as crawlers name themselves, with where to read about it. */
    private final String agent;
    private final Map<String, Lane> lanes = new HashMap<>();

    public CallbackClient(CallbackPolicy policy, HeraldConfig config, SiteSettings site) {
        this.policy = policy;
        this.timeout = config.websub().callbackTimeout();
        this.perHost = config.websub().maxRequestsPerHost();
        this.agent = Generator.PRODUCT + " (WebSub hub; +" + site.resolve(HubAddress.BUILT_IN_PATH) + ")";
        // HTTP/1.1 as webhooks are: no h2c upgrade offered with every verification and delivery
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /** Sends the request when its host has a place free; fails if the host now resolves where callbacks may not go. */
    public CompletableFuture<Answer> send(HttpRequest.Builder request, URI callback) {
        return lane(callback).submit(() -> {
            try {
                policy.checkAddresses(callback.getHost());
            } catch (RefusedCallback e) {
                return CompletableFuture.failedFuture(new IllegalStateException("the callback " + e.getMessage()));
            }
            HttpRequest sending = request.uri(callback).timeout(timeout).header("User-Agent", agent).build();
            CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(sending, info -> LimitedBody.cutAt(BODY_LIMIT));
            // the request timeout ends the wait for the head; this one ends a body sent a byte at a time
            CompletableFuture<Answer> answer = sent.thenApply(response -> new Answer(response.statusCode(), response.body()))
                    .orTimeout(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            answer.whenComplete((ignored, failure) -> sent.cancel(true));
            return answer;
        });
    }

    private synchronized Lane lane(URI callback) {
        String key = callback.getHost() + ":" + callback.getPort();
        return lanes.computeIfAbsent(key, k -> new Lane());
    }

    /** One host's requests: at most {@link #perHost} in flight, the others queued in order. */
    private final class Lane {

        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private int inFlight;

        <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Runnable start = () -> {
                CompletableFuture<T> sent;
                try {
                    sent = request.get();
                } catch (RuntimeException e) {
                    sent = CompletableFuture.failedFuture(e);
                }
                sent.whenComplete((value, failure) -> {
                    finished();
                    if (failure != null) {
                        result.completeExceptionally(failure);
                    } else {
                        result.complete(value);
                    }
                });
            };
            boolean now;
            synchronized (this) {
                now = inFlight < perHost;
                if (now) {
                    inFlight++;
                } else {
                    waiting.add(start);
                }
            }
            if (now) {
                start.run();
            }
            return result;
        }

        private void finished() {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    inFlight--;
                }
            }
            if (next != null) {
                next.run();
            }
        }
    }
}
