package dev.herald.server.catalog;

import dev.herald.server.store.IndexEntry;
import java.time.Instant;

/**
 * The latest instant at or before {@code now} at which an article appeared or expired, and the
 * first after it, over the entries seen (drafts have none).
 */
final class TimedChanges {

    private final Instant now;
    private Instant latest;
    private Instant next;

    TimedChanges(Instant now, Instant latest, Instant next) {
        this.now = now;
        this.latest = latest;
        this.next = next;
    }

    void see(IndexEntry entry) {
        if (entry.draft()) {
            return;
        }
        for (Instant instant : new Instant[] {entry.published(), entry.expires()}) {
            if (instant == null) {
                continue;
            }
            if (instant.isAfter(now)) {
                next = next == null || instant.isBefore(next) ? instant : next;
            } else if (instant.isAfter(latest)) {
                latest = instant;
            }
        }
    }

    Instant latest() {
        return latest;
    }

    /** The first instant after {@code now}, or null. */
    Instant next() {
        return next;
    }
}
