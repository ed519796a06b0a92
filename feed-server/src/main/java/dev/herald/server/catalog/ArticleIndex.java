package dev.herald.server.catalog;

import dev.herald.core.query.TagQuery;
import dev.herald.server.store.IndexEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's index of every stored article in memory (id, dates, tags), newest first, and
 * which of them are public now, with the instants at which that changes next: the timer is
 * set for the first. Read from any thread; changed only under the {@link ArticleCatalog}'s lock.
 */
final class ArticleIndex {

    /** Past this many changes at once (a content folder loaded), one sort beats placing each. */
    private static final int MAX_PLACED_CHANGES = 64;

    private final Clock clock;
    private final PublicationTimer timer;
    /** Every stored article, drafts and scheduled ones included, newest first. */
    private volatile List<IndexEntry> everyEntry = List.of();
    /** Every stored article by id: a new map at each load, changed in place by each write. */
    private volatile Map<String, IndexEntry> byId = new ConcurrentHashMap<>();
    /** The public ones at {@link #asOf}, newest first: what feeds and pages show. */
    private volatile List<IndexEntry> newestFirst = List.of();
    private volatile Instant asOf = Instant.EPOCH;
    /** The latest instant at or before {@link #asOf} at which an article appeared or expired. */
    private volatile Instant lastTimedChange = Instant.EPOCH;
    /** The first instant after {@link #asOf} at which an article appears or expires, or null. */
    private Instant nextTimedChange;

    ArticleIndex(Clock clock, PublicationTimer timer) {
        this.clock = clock;
        this.timer = timer;
    }

    /** Every public article at {@link #asOf()}, newest first; unmodifiable. */
    List<IndexEntry> newestFirst() {
        return newestFirst;
    }

    /** Every stored article, drafts and scheduled or expired ones too, newest first; unmodifiable. */
    List<IndexEntry> everyEntry() {
        return everyEntry;
    }

    /** The entry of a stored article, or null. */
    IndexEntry get(String id) {
        return byId.get(id);
    }

    /** The instant the public articles were worked out for. */
    Instant asOf() {
        return asOf;
    }

    /** The latest instant up to {@link #asOf()} at which an article appeared or expired. */
    Instant lastTimedChange() {
        return lastTimedChange;
    }

    /** The index of exactly these entries. */
    void replaceAll(List<IndexEntry> entries) {
        entries.sort(TagQuery.NEWEST_FIRST);
        Map<String, IndexEntry> index = new ConcurrentHashMap<>(entries.size() * 2);
        entries.forEach(entry -> index.put(entry.id(), entry));
        byId = index;
        everyEntry = List.copyOf(entries);
        showAt(clock.instant());
    }

    /** The public articles at {@code now}, the latest timed change up to it, and a wake-up for the next. */
    void showAt(Instant now) {
        List<IndexEntry> entries = everyEntry;
        List<IndexEntry> shown = new ArrayList<>(entries.size());
        TimedChanges timed = new TimedChanges(now, Instant.EPOCH, null);
        for (IndexEntry entry : entries) {
            if (entry.isPublicAt(now)) {
                shown.add(entry);
            }
            timed.see(entry);
        }
        newestFirst = List.copyOf(shown);
        lastTimedChange = timed.latest();
        asOf = now;
        nextTimedChange = timed.next();
        timer.wakeAt(timed.next());
    }

    /**
     * Applies changed entries (null: removed). When no article's instant came since the last look,
     * what is public at {@code asOf} is public now, so each change is placed into the sorted lists
     * by binary search: a write costs a copy of the lists, not a sort and a pass over 100,000
     * entries. Otherwise, or for many changes at once, every entry is looked at again.
     */
    void update(Map<String, IndexEntry> changed) {
        Instant now = clock.instant();
        if (changed.size() > MAX_PLACED_CHANGES || nextTimedChange != null && !now.isBefore(nextTimedChange)
                || now.isBefore(asOf)) {
            replaceAll(replaced(changed));
            return;
        }
        List<IndexEntry> every = new ArrayList<>(everyEntry);
        List<IndexEntry> shown = new ArrayList<>(newestFirst);
        TimedChanges timed = new TimedChanges(now, lastTimedChange, nextTimedChange);
        for (Map.Entry<String, IndexEntry> change : changed.entrySet()) {
            IndexEntry old = byId.get(change.getKey());
            if (old != null) {
                remove(every, old);
                remove(shown, old);
            }
            IndexEntry entry = change.getValue();
            if (entry == null) {
                byId.remove(change.getKey());
                continue;
            }
            byId.put(entry.id(), entry);
            insert(every, entry);
            if (entry.isPublicAt(now)) {
                insert(shown, entry);
            }
            timed.see(entry);
        }
        everyEntry = Collections.unmodifiableList(every);
        newestFirst = Collections.unmodifiableList(shown);
        // an instant of a replaced or removed article may stay as the next: the timer then wakes
        // for nothing once, and the full look finds nothing changed
        lastTimedChange = timed.latest();
        asOf = now;
        nextTimedChange = timed.next();
        timer.wakeAt(timed.next());
    }

    // the entry out of a list sorted newest first, if it is there
    private static void remove(List<IndexEntry> sorted, IndexEntry entry) {
        int at = Collections.binarySearch(sorted, entry, TagQuery.NEWEST_FIRST);
        if (at >= 0) {
            sorted.remove(at);
        }
    }

    private static void insert(List<IndexEntry> sorted, IndexEntry entry) {
        int at = Collections.binarySearch(sorted, entry, TagQuery.NEWEST_FIRST);
        sorted.add(at >= 0 ? at : -at - 1, entry);
    }

    /** The index with these ids replaced by their new entries (null: removed), newest first. */
    private List<IndexEntry> replaced(Map<String, IndexEntry> changed) {
        List<IndexEntry> next = new ArrayList<>(everyEntry.size() + changed.size());
        for (IndexEntry entry : everyEntry) {
            if (!changed.containsKey(entry.id())) {
                next.add(entry);
            }
        }
        changed.values().stream().filter(Objects::nonNull).forEach(next::add);
        return next;
    }
}
