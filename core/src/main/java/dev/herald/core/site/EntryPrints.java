package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.SplicingFeedWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprints of the feed entries and list page teasers a build wrote, by article digest and
 * slot: one for each feed format, one for the teaser. An entry or teaser depends on nothing but
 * the article and the settings (which the build state is kept under), so the next build can take
 * an unchanged article's entry from a document written before, found there by its fingerprint,
 * instead of reading and rendering the article again; the build state keeps each article's
 * fingerprints with it ({@link BuildState.Entry#prints()}). Thread-safe.
 */
final class EntryPrints {

    /** The fingerprint of an entry not written yet. */
    static final long NONE = 0;

    /** The slot of an article's teaser, as the older list pages show it. */
    static final int TEASER = FeedFormat.values().length;

    private final Map<Digest, long[]> prints;

    /** A digest as a key: equal by its bytes. */
    private record Digest(byte[] bytes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Digest digest && Arrays.equals(bytes, digest.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    /** @param expected how many articles are to come */
    EntryPrints(int expected) {
        this.prints = new ConcurrentHashMap<>(Math.max(16, expected * 4 / 3));
    }

    /** A fingerprint for each slot, none known. */
    static long[] none() {
        return new long[TEASER + 1];
    }

    /** The slot of an article's entry in {@code format}. */
    static int slot(FeedFormat format) {
        return format.ordinal();
    }

    /**
     * The fingerprint of bytes {@code from} (inclusive) {@code to} (exclusive) of {@code bytes}:
     * two CRCs of them, which no two different entries share in practice.
     */
    static long print(byte[] bytes, int from, int to) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes, from, to - from);
        CRC32 ieee = new CRC32();
        ieee.update(bytes, from, to - from);
        long print = castagnoli.getValue() << 32 | ieee.getValue();
        return print == NONE ? 1 : print;
    }

    /**
     * Notes the entry in {@code slot} of the article with {@code digest}, fingerprinted once:
     * {@code print} when it is known already, else taken from the entry's bytes.
     */
    void record(byte[] digest, int slot, SplicingFeedWriter.Piece entry, long print) {
        long[] known = prints.computeIfAbsent(new Digest(digest), key -> none());
        synchronized (known) {
            if (known[slot] == NONE) {
                known[slot] = print != NONE ? print : print(entry.document(), entry.from(), entry.to());
            }
        }
    }

    /**
     * The fingerprints of the article with {@code digest}: those written now, and for a
     * slot not written now those in {@code before} (null for none); null when neither has any.
     */
    long[] of(byte[] digest, long[] before) {
        long[] now = prints.get(new Digest(digest));
        if (now == null) {
            return before;
        }
        long[] merged = none();
        synchronized (now) {
            for (int i = 0; i < merged.length; i++) {
                merged[i] = now[i] != NONE || before == null ? now[i] : before[i];
            }
        }
        return merged;
    }
}
