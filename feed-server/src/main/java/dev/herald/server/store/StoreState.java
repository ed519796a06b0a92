package dev.herald.server.store;

import java.time.Instant;

/**
 * Where the shared store stands: the revision every write raises and the time of the last
 * write. Replicas that have seen the same revision hold the same articles.
 */
public record StoreState(long revision, Instant changedAt) {
}
