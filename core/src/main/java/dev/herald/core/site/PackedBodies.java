package dev.herald.core.site;

import dev.herald.core.model.Article;
import dev.herald.core.model.ArticleIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bodies of the articles a build read, kept as UTF-8 bytes once those kept as text would
 * take more than a budget. Text takes two bytes a character as soon as it holds one character
 * past Latin-1 (a typographic quote or a dash will do): 100,000 generated articles held 780 MB
 * of bodies, and a build under {@code -Xmx1g} spent its time collecting garbage; packed, a body
 * takes half of that. The articles unpacked last are kept, so that the feeds showing an article
 * get the same object, which the feed writers' entry caches tell articles apart by. Thread-safe.
 */
final class PackedBodies {

    private static final int UNPACKED_KEPT = 2048;

    private final long textBudget;
    private final AtomicLong textBytes = new AtomicLong();
    private final Map<Article, byte[]> packed = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<ArticleIdentity, Article> unpacked = new LinkedHashMap<>(UNPACKED_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ArticleIdentity, Article> eldest) {
            return size() > UNPACKED_KEPT;
        }
    };

    /** @param textBudget the most bytes of bodies kept as text; past it, bodies are packed */
    PackedBodies(long textBudget) {
        this.textBudget = textBudget;
    }

    /** The article to keep for {@code article}: itself while the budget lasts, else {@code bodiless}, its body packed. */
    Article keep(Article article, Article bodiless) {
        String body = article.contentHtml();
        if (textBytes.addAndGet(2L * body.length()) <= textBudget) {
            return article;
        }
        packed.put(bodiless, body.getBytes(StandardCharsets.UTF_8));
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
            return first != null ? first : full;
        }
    }
}
