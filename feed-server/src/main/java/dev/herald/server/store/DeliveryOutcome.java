package dev.herald.server.store;

import java.time.Instant;

/** What became of one claimed WebSub delivery. */
public record DeliveryOutcome(Kind kind, long subscriptionId, long generation, String bodyHash, Instant at,
        Instant retryAt) {

    public enum Kind {
        /** The callback took it (or already had this body). */
        DELIVERED,
        /** The callback failed; try again at {@code retryAt}. */
        FAILED,
        /** The subscription ends: failing for too long, or the callback answered 410 Gone. */
        DROPPED
    }

    public static DeliveryOutcome delivered(long id, long generation, String bodyHash) {
        return new DeliveryOutcome(Kind.DELIVERED, id, generation, bodyHash, null, null);
    }

    public static DeliveryOutcome failed(long id, Instant at, Instant retryAt) {
        return new DeliveryOutcome(Kind.FAILED, id, 0, null, at, retryAt);
    }

    public static DeliveryOutcome dropped(long id) {
        return new DeliveryOutcome(Kind.DROPPED, id, 0, null, null, null);
    }
}
