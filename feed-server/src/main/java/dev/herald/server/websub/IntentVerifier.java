package dev.herald.server.websub;

import dev.herald.server.config.HeraldConfig;
import dev.herald.server.store.HubStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Verification of intent (WebSub §5.3), after the request's 202: the hub asks the callback to
 * echo a random challenge, and only a callback that does gets its subscription made (or ended).
 * A topic this server does not publish is denied to the callback instead (§5.2).
 */
@ApplicationScoped
public class IntentVerifier {

    private static final Logger LOG = Logger.getLogger(IntentVerifier.class);

    private final CallbackClient client;
    private final HubStore store;
    private final ContentDistributor distributor;
    private final HeraldConfig.WebSub settings;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public IntentVerifier(CallbackClient client, HubStore store, ContentDistributor distributor, HeraldConfig config) {
        this.client = client;
        this.store = store;
        this.distributor = distributor;
        this.settings = config.websub();
    }

    /** The lease given for the one asked (null: none asked): the default, or the asked one within the bounds. */
    long leaseSeconds(Long asked) {
        long lease = asked == null ? settings.leaseDefault().toSeconds() : asked;
        return Math.max(settings.leaseMin().toSeconds(), Math.min(settings.leaseMax().toSeconds(), lease));
    }

    /** Asks the callback to confirm; completes with whether it did (and the store then holds the change). */
    CompletableFuture<Boolean> verify(SubscriptionRequest request, URI callback, String callbackHost) {
        String challenge = HexFormat.of().formatHex(randomBytes());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("hub.mode", request.subscribe() ? "subscribe" : "unsubscribe");
        query.put("hub.topic", request.topic());
        query.put("hub.challenge", challenge);
        long lease = leaseSeconds(request.leaseSeconds());
        if (request.subscribe()) {
            query.put("hub.lease_seconds", Long.toString(lease));
        }
        return client.send(HttpRequest.newBuilder().GET(), withQuery(callback, query)).handle((answer, failure) -> {
            boolean confirmed = failure == null && answer.isSuccess()
                    && new String(answer.body(), StandardCharsets.UTF_8).strip().equals(challenge);
            if (!confirmed) {
                LOG.debugf("WebSub callback %s did not confirm %s of %s: %s", callback, query.get("hub.mode"),
                        request.topic(), failure != null ? failure.toString() : "HTTP " + answer.status());
                return false;
            }
            if (request.subscribe()) {
                store.subscribe(request.topic(), request.callback(), callbackHost, request.secret(),
                        clock.instant().plus(Duration.ofSeconds(lease)), distributor.currentHash(request.topic()));
            } else {
                store.unsubscribe(request.topic(), request.callback());
            }
            return true;
        });
    }

    /** Tells the callback the hub will not take its subscription, and why. */
    CompletableFuture<Void> deny(URI callback, String topic, String reason) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("hub.mode", "denied");
        query.put("hub.topic", topic);
        query.put("hub.reason", reason);
        return client.send(HttpRequest.newBuilder().GET(), withQuery(callback, query))
                .handle((answer, failure) -> null);
    }

    // the callback's own query is kept (§5.3: the hub appends its parameters)
    static URI withQuery(URI callback, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String text = callback.toString();
        int hash = text.indexOf('#');
        String base = hash < 0 ? text : text.substring(0, hash);
        return URI.create(base + (callback.getRawQuery() == null ? "?" : "&") + query);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }
}
