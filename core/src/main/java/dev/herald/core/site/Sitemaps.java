package dev.herald.core.site;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a site tells search engines, the same from the static build and the server:
 * {@code /sitemap.xml} (every article page, the home page and every tag page; a sitemap index of
 * {@code /sitemaps/{n}.xml} parts past the protocol's limits), {@code /news-sitemap.xml} and
 * {@code /robots.txt} naming both.
 */
public final class Sitemaps {

    /** How far back the news sitemap reaches, as Google News asks: two days. */
    public static final Duration NEWS_WINDOW = Duration.ofDays(2);

    private final SiteSettings site;
    private final SitemapWriter writer = new SitemapWriter();

    public Sitemaps(SiteSettings site) {
        this.site = site;
    }

    /**
     * One file of the sitemap, not yet written: a urlset of pages, or the index of the parts.
     *
     * @param urls  the pages, or for the index the parts
     * @param index whether it is the index
     */
    public record SitemapFile(List<SitemapWriter.Url> urls, boolean index) {

        public SitemapFile {
            urls = List.copyOf(urls);
        }
    }

    /**
     * {@code /sitemap.xml} and, when it is an index, its parts, by path. Articles come oldest
     * first, so a new article changes only the last part.
     */
    public Map<String, byte[]> sitemap(List<? extends Tagged> newestFirst) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        sitemapFiles(newestFirst).forEach((path, file) -> files.put(path, write(file)));
        return files;
    }

    /** The files of {@link #sitemap}, by path, not yet written. */
    public Map<String, SitemapFile> sitemapFiles(List<? extends Tagged> newestFirst) {
        List<SitemapWriter.Url> urls = new ArrayList<>(newestFirst.size() + 256);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Tagged article = newestFirst.get(i);
            urls.add(new SitemapWriter.Url(site.url(SitePaths.article(article.id())), article.lastModified()));
        }
        if (!newestFirst.isEmpty()) {
            urls.add(new SitemapWriter.Url(site.url(SitePaths.INDEX), newest(newestFirst)));
        }
        newestByTag(newestFirst).forEach((slug, lastModified) ->
                urls.add(new SitemapWriter.Url(site.url(SitePaths.tag(slug)), lastModified)));
        List<List<SitemapWriter.Url>> parts = SitemapWriter.parts(urls);
        Map<String, SitemapFile> files = new LinkedHashMap<>();
        if (parts.size() == 1) {
            files.put(SitePaths.SITEMAP, new SitemapFile(parts.get(0), false));
            return files;
        }
        List<SitemapWriter.Url> index = new ArrayList<>();
        for (int n = 1; n <= parts.size(); n++) {
            List<SitemapWriter.Url> part = parts.get(n - 1);
            files.put(SitePaths.sitemapPart(n), new SitemapFile(part, false));
            index.add(new SitemapWriter.Url(site.url(SitePaths.sitemapPart(n)), newestOf(part)));
        }
        files.put(SitePaths.SITEMAP, new SitemapFile(index, true));
        return files;
    }

    /** The bytes of one file of the sitemap. */
    public byte[] write(SitemapFile file) {
        return bytes(out -> {
            if (file.index()) {
                writer.index(file.urls(), out);
            } else {
                writer.urlset(file.urls(), out);
            }
        });
    }

    /**
     * The articles of the news sitemap, newest first: those published in the two days up to the
     * newest one, at most a thousand. Counting back from the newest article rather than the clock
     * keeps the file the same for the same articles; a site that published nothing for two days
     * lists its last two days, which Google News passes over as old.
     */
    public static <T extends Tagged> List<T> newsArticles(List<T> newestFirst) {
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        Instant from = newestFirst.get(0).published().minus(NEWS_WINDOW);
        int end = 0;
        while (end < newestFirst.size() && end < SitemapWriter.MAX_NEWS_ARTICLES
                && !newestFirst.get(end).published().isBefore(from)) {
            end++;
        }
        return newestFirst.subList(0, end);
    }

    /** {@code /news-sitemap.xml} of the articles {@link #newsArticles} chose. */
    public byte[] newsSitemap(List<Article> news) {
        return bytes(out -> writer.news(site, news, out));
    }

    /** {@code /robots.txt}: everything may be crawled; both sitemaps named. */
    public byte[] robots() {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + site.url(SitePaths.SITEMAP) + "\nSitemap: "
                + site.url(SitePaths.NEWS_SITEMAP) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant newest(List<? extends Tagged> articles) {
        Instant newest = null;
        for (Tagged article : articles) {
            if (newest == null || article.lastModified().isAfter(newest)) {
                newest = article.lastModified();
            }
        }
        return newest;
    }

    private static Instant newestOf(List<SitemapWriter.Url> urls) {
        Instant newest = null;
        for (SitemapWriter.Url url : urls) {
            if (url.lastModified() != null && (newest == null || url.lastModified().isAfter(newest))) {
                newest = url.lastModified();
            }
        }
        return newest;
    }

    // each tag's newest change, tags in the order of their first article, newest first
    private static Map<String, Instant> newestByTag(List<? extends Tagged> newestFirst) {
        Map<String, Instant> newest = new LinkedHashMap<>();
        for (Tagged article : newestFirst) {
            for (Tag tag : article.tags()) {
                Instant known = newest.get(tag.slug());
                if (known == null || article.lastModified().isAfter(known)) {
                    newest.put(tag.slug(), article.lastModified());
                }
            }
        }
        return newest;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            content.writeTo(out);
        } catch (IOException e) {
            // writing to memory does no I/O
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
