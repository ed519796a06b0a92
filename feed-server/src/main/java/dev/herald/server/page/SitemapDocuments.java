package dev.herald.server.page;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.SitePaths;
import dev.herald.core.site.Sitemaps;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.feed.RenderedDocument;
import dev.herald.server.store.IndexEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /sitemap.xml} (with its parts past 50,000 URLs), {@code /news-sitemap.xml} and
 * {@code /robots.txt}, made from the catalog once per change of it: a sitemap of 100,000
 * articles takes a good part of a second to write, and crawlers ask for it often.
 */
@ApplicationScoped
public class SitemapDocuments {

    private static final String XML = "application/xml; charset=utf-8";

    private final ArticleCatalog catalog;
    private final Sitemaps sitemaps;
    private final RenderedDocument robots;
    private volatile Made made = new Made(-1, Map.of());

    public SitemapDocuments(ArticleCatalog catalog, SiteSettings site) {
        this.catalog = catalog;
        this.sitemaps = new Sitemaps(site);
        this.robots = RenderedDocument.of(sitemaps.robots(), "text/plain; charset=utf-8", Instant.EPOCH, 0);
    }

    /** The document served at {@code path} (a sitemap path), if there is one. */
    public Optional<RenderedDocument> find(String path) {
        return Optional.ofNullable(current().documents().get(path));
    }

    public RenderedDocument robots() {
        return robots;
    }

    private Made current() {
        Made known = made;
        long version = catalog.version();
        if (known.version() == version) {
            return known;
        }
        synchronized (this) {
            if (made.version() == catalog.version()) {
                return made;
            }
            version = catalog.version();
            List<IndexEntry> entries = catalog.entries();
            Instant lastModified = catalog.lastModified(List.of());
            Map<String, RenderedDocument> documents = new HashMap<>();
            long at = version;
            sitemaps.sitemap(entries).forEach((path, bytes) -> documents.put(path, RenderedDocument.of(bytes, XML,
                    lastModified, at)));
            byte[] news = sitemaps.newsSitemap(catalog.articles(Sitemaps.newsArticles(entries)));
            documents.put(SitePaths.NEWS_SITEMAP, RenderedDocument.of(news, XML, lastModified, at));
            made = new Made(version, documents);
            return made;
        }
    }

    private record Made(long version, Map<String, RenderedDocument> documents) {
    }
}
