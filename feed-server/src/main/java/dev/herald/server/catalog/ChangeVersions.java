package dev.herald.server.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog's versions: one that moves with every change, and for the main feeds and for each
 * tag's the version from which their documents are current. Read from any thread; moved only
 * under the {@link ArticleCatalog}'s lock.
 */
final class ChangeVersions {

    private final AtomicLong version = new AtomicLong();
    private final AtomicLong everythingChangedAt = new AtomicLong();
    private final AtomicLong mainChangedAt = new AtomicLong();
    private final Map<String, Long> tagChangedAt = new ConcurrentHashMap<>();

    /** Changes with every change; equal versions mean equal content. */
    long current() {
        return version.get();
    }

    /** See {@link ArticleCatalog#changedAt}. */
    long changedAt(String tag) {
        long scope = tag == null ? mainChangedAt.get() : tagChangedAt.getOrDefault(tag, 0L);
        return Math.max(scope, everythingChangedAt.get());
    }

    /** The change about to be made, which gets the next version, may alter every document. */
    void willChangeEverything() {
        everythingChangedAt.accumulateAndGet(version.get() + 1, Math::max);
    }

    /** The change about to be made alters the main feeds and the documents of these tags (slugs). */
    void willChange(Collection<String> tags) {
        long next = version.get() + 1;
        mainChangedAt.accumulateAndGet(next, Math::max);
        for (String tag : tags) {
            tagChangedAt.merge(tag, next, Math::max);
        }
    }

    /** The change announced is made: the next version. */
    void advance() {
        version.incrementAndGet();
    }
}
