package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A fingerprint of each article's serialized entry in each feed format, by the article's digest:
 * an entry depends on nothing but the article and the settings (which the build state is kept
 * under), so the next build can take an unchanged article's entry from a document it wrote
 * before, found there by its fingerprint, instead of reading and rendering the article again.
 * Thread-safe.
 */
public final class EntryPrints {

    /** What {@link #of} gives for an entry it has no fingerprint of. */
    static final long NONE = 0;

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

    private EntryPrints(int expected) {
        this.prints = new ConcurrentHashMap<>(Math.max(16, expected * 4 / 3));
    }

    /** None yet; {@code expected} articles to come. */
    public static EntryPrints empty(int expected) {
        return new EntryPrints(expected);
    }

    /** The fingerprint of bytes: two CRCs of them, which no two different entries share in practice. */
    static long print(byte[] entry) {
        return print(entry, 0, entry.length);
    }

    /** The fingerprint of bytes {@code from} (inclusive) {@code to} (exclusive) of {@code bytes}. */
    static long print(byte[] bytes, int from, int to) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes, from, to - from);
        CRC32 ieee = new CRC32();
        ieee.update(bytes, from, to - from);
        long print = castagnoli.getValue() << 32 | ieee.getValue();
        return print == NONE ? 1 : print;
    }

    /** The fingerprint of the entry, in {@code format}, of the article with {@code digest}; {@link #NONE} if unknown. */
    long of(byte[] digest, FeedFormat format) {
        long[] known = prints.get(new Digest(digest));
        return known == null ? NONE : known[format.ordinal()];
    }

    /** Notes the entry in {@code format} of the article with {@code digest}, fingerprinted once. */
    void record(byte[] digest, FeedFormat format, byte[] entry) {
        long[] known = prints.computeIfAbsent(new Digest(digest), key -> new long[FeedFormat.values().length]);
        synchronized (known) {
            if (known[format.ordinal()] == NONE) {
                known[format.ordinal()] = print(entry);
            }
        }
    }

    /** Sets every format's fingerprint of the article with {@code digest}, as a build state held them. */
    void put(byte[] digest, long[] formats) {
        prints.put(new Digest(digest), formats.clone());
    }

    /**
     * The fingerprints of the articles with these digests, as this build made them or, for an
     * entry it did not write, as {@code before} knew them: what the next build may look for.
     */
    EntryPrints carried(Iterable<byte[]> digests, EntryPrints before) {
        EntryPrints carried = new EntryPrints(prints.size());
        for (byte[] digest : digests) {
            Digest key = new Digest(digest);
            long[] now = prints.get(key);
            long[] then = before.prints.get(key);
            if (now == null && then == null) {
                continue;
            }
            long[] formats = new long[FeedFormat.values().length];
            for (int i = 0; i < formats.length; i++) {
                formats[i] = now != null && now[i] != NONE ? now[i] : then == null ? NONE : then[i];
            }
            carried.prints.put(key, formats);
        }
        return carried;
    }

    /** How many articles have fingerprints. */
    int size() {
        return prints.size();
    }

    /** Each article's digest with its fingerprints, by format. */
    void forEach(BiConsumer<byte[], long[]> action) {
        prints.forEach((digest, formats) -> action.accept(digest.bytes(), formats));
    }
}
