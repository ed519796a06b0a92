package dev.herald.core.feed;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one feed document shows, in any format.
 *
 * @param site        the site, for links, ids and default authors and language
 * @param title       feed title, e.g. the site title or "Herald: NATO" for a tag feed
 * @param description feed description, possibly empty
 * @param selfUrl     the exact URL the feed is served at, query string included
 * @param siteUrl     the HTML page the feed belongs to
 * @param hubUrl      the WebSub hub, or null if none
 * @param articles    the articles to show, newest first (as given; not re-sorted)
 * @param paging      its links to archives or further pages
 */
public record Feed(SiteSettings site, String title, String description, URI selfUrl, URI siteUrl, URI hubUrl,
        List<Article> articles, FeedPaging paging) {

    public Feed {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(selfUrl, "selfUrl");
        Objects.requireNonNull(siteUrl, "siteUrl");
        articles = List.copyOf(articles);
        Objects.requireNonNull(paging, "paging");
    }

    /** A feed on its own, with no archives or further pages. */
    public Feed(SiteSettings site, String title, String description, URI selfUrl, URI siteUrl, URI hubUrl,
            List<Article> articles) {
        this(site, title, description, selfUrl, siteUrl, hubUrl, articles, FeedPaging.NONE);
    }

    /** The same feed with these links to archives or pages. */
    public Feed withPaging(FeedPaging other) {
        return new Feed(site, title, description, selfUrl, siteUrl, hubUrl, articles, other);
    }

    /**
     * The feed's updated time: the newest change of any article, or the epoch for an empty feed,
     * never the build time, so an unchanged feed stays byte-identical.
     */
    public Instant updated() {
        return articles.stream().map(Article::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** The language of the feed: the site's. */
    public String language() {
        return site.language();
    }
}
