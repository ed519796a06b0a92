package dev.herald.core.feed;

import dev.herald.core.model.Article;
import dev.herald.core.model.ArticleIdentity;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entries already serialized in one format, by article, the least recently used dropped past a
 * number of bytes. A static build shows each article in several feeds (the main feed's and each
 * of its tags', current or archived); with a cache it is serialized once for all of them.
 * Articles are told apart by identity: the same article object gives the same entry. Thread-safe.
 */
public final class EntryCache {

    private final long maxBytes;
    private final Map<ArticleIdentity, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    /** @param maxBytes the most bytes of entries kept */
    public EntryCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The entry of the article, if it is kept. */
    public synchronized byte[] get(Article article) {
        return entries.get(new ArticleIdentity(article));
    }

    /** Keeps the entry of the article, dropping the least recently used past the limit. */
    public synchronized void put(Article article, byte[] entry) {
        byte[] replaced = entries.put(new ArticleIdentity(article), entry);
        bytes += entry.length - (replaced == null ? 0 : replaced.length);
        Iterator<byte[]> oldest = entries.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().length;
            oldest.remove();
        }
    }
}
