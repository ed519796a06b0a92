package dev.herald.core.site;

import dev.herald.core.model.Article;
import dev.herald.core.model.ArticleIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bodies of the articles a build read, kept as UTF-8 bytes once those kept as text would
 * take more than a budget. Text takes two bytes a character as soon as it holds one character
 * past Latin-1 (a typographic quote or a dash will do): 100,000 generated articles held 780 MB
 * of bodies, and a build under {@code -Xmx1g} spent its time collecting garbage; packed, a body
 * takes half of that. The articles unpacked last are kept, up to a budget of their own, so that
 * the feeds showing an article get the same object, which the feed writers' entry caches tell
 * articles apart by. Thread-safe.
 */
final class PackedBodies {

    private final long textBudget;
    private final long unpackedBudget;
    private final AtomicLong textBytes = new AtomicLong();
    private final Map<Article, byte[]> packed = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<ArticleIdentity, Article> unpacked = new LinkedHashMap<>(1024, 0.75f, true);
    private long unpackedBytes;

    /**
     * @param textBudget     the most bytes of bodies kept as text; past it, bodies are packed
     * @param unpackedBudget the most bytes of the bodies unpacked last to keep as text
     */
    PackedBodies(long textBudget, long unpackedBudget) {
        this.textBudget = textBudget;
        this.unpackedBudget = unpackedBudget;
    }

    /** The article to keep for {@code article}: itself while the budget lasts, else {@code bodiless}, its body packed. */
    Article keep(Article article, Article bodiless) {
        if (textBytes.addAndGet(textBytesOf(article)) <= textBudget) {
            return article;
        }
        packed.put(bodiless, article.contentHtml().getBytes(StandardCharsets.UTF_8));
        return bodiless;
    }

    /** The article with its body, when {@link #keep} packed its body; else null. */
    Article unpack(Article article) {
        byte[] body = packed.get(article);
        if (body == null) {
            return null;
        }
        ArticleIdentity key = new ArticleIdentity(article);
        synchronized (unpacked) {
            Article known = unpacked.get(key);
            if (known != null) {
                return known;
            }
        }
        Article full = article.withBody(new String(body, StandardCharsets.UTF_8));
        synchronized (unpacked) {
            Article first = unpacked.putIfAbsent(key, full); // another thread may have unpacked it meanwhile
            if (first != null) {
                return first;
            }
            unpackedBytes += textBytesOf(full);
            Iterator<Article> oldest = unpacked.values().iterator();
            while (unpackedBytes > unpackedBudget && oldest.hasNext()) {
                unpackedBytes -= textBytesOf(oldest.next());
                oldest.remove();
            }
            return full;
        }
    }

    // what a body takes as text, at most: two bytes a character
    private static long textBytesOf(Article article) {
        return 2L * article.contentHtml().length();
    }
}
