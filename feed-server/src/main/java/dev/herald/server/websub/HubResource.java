package dev.herald.server.websub;

import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.HubAddress;
import dev.herald.server.feed.FeedTopics;
import dev.herald.server.feed.FeedTopics.NotATopic;
import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import dev.herald.server.store.HubStore;
import dev.herald.server.websub.CallbackPolicy.RefusedCallback;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The built-in hub's endpoint (WebSub §5.1): subscription and unsubscription requests are checked
 * and answered {@code 202 Accepted}; verification of intent follows in the background. A bad
 * field or a callback the hub may not call is a 400 problem, a host over its number of
 * subscriptions a 429, and without the built-in hub the path is unknown (404).
 */
@Path(HubAddress.BUILT_IN_PATH)
@Blocking
public class HubResource {

    private final boolean on;
    private final CallbackPolicy policy;
    private final FeedTopics topics;
    private final IntentVerifier verifier;
    private final HubStore store;
    private final int maxPerHost;

    public HubResource(HeraldConfig config, CallbackPolicy policy, FeedTopics topics, IntentVerifier verifier,
            HubStore store) {
        this.on = HubAddress.isBuiltInOn(config);
        this.policy = policy;
        this.topics = topics;
        this.verifier = verifier;
        this.store = store;
        this.maxPerHost = config.websub().maxSubscriptionsPerHost();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(String body) {
        if (!on) {
            throw new ProblemException(Status.NOT_FOUND, "This server's built-in WebSub hub is off.");
        }
        SubscriptionRequest request = SubscriptionRequest.of(HubForm.parse(body));
        URI callback;
        try {
            callback = policy.check(request.callback());
        } catch (RefusedCallback e) {
            throw new ProblemException(Status.BAD_REQUEST, "The hub does not call this callback.",
                    List.of(new FieldError("hub.callback", e.getMessage())));
        }
        String host = callback.getHost().toLowerCase(Locale.ROOT);
        try {
            topics.parse(request.topic());
        } catch (NotATopic e) {
            if (request.subscribe()) {
                verifier.deny(callback, request.topic(), "This server publishes no feed at " + request.topic() + ": "
                        + e.getMessage() + ".");
            }
            return Response.accepted().build();
        }
        if (request.subscribe() && store.countForHost(host) >= maxPerHost
                && !store.exists(request.topic(), request.callback())) {
            throw new ProblemException(Status.TOO_MANY_REQUESTS, "The callback's host " + host + " already holds "
                    + maxPerHost + " subscriptions, as many as the hub gives one host.");
        }
        verifier.verify(request, callback, host);
        return Response.accepted().build();
    }
}
