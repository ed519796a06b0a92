package dev.herald.server.store;

import java.time.Instant;

/**
 * A verified WebSub subscription that is owed a delivery.
 *
 * @param generation   the topic's generation the delivery brings it up to
 * @param lastBodyHash digest of the body it was last sent, or null: a body it already has is not sent again
 * @param failingSince when its deliveries started failing, or null
 */
public record HubSubscription(long id, String topic, String callback, String callbackHost, String secret,
        long generation, String lastBodyHash, int attempts, Instant failingSince) {
}
