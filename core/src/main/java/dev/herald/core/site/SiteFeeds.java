package dev.herald.core.site;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import java.net.URI;
import java.util.List;

/** The feeds of a site's URL space, as the static build and the server publish them. */
public final class SiteFeeds {

    private final SiteSettings site;
    private final URI hub;

    /** @param hub the WebSub hub to advertise, or null */
    public SiteFeeds(SiteSettings site, URI hub) {
        this.site = site;
        this.hub = hub;
    }

    /** The main feed, with these articles (already selected and sorted newest first). */
    public Feed main(FeedFormat format, List<Article> articles) {
        return new Feed(site, site.title(), site.description(), site.resolve(SitePaths.feed(format)),
                site.resolve(SitePaths.INDEX), hub, articles);
    }

    /** One tag's feed, titled "Site: Label", with these articles (selected and sorted). */
    public Feed tag(Tag tag, FeedFormat format, List<Article> articles) {
        return new Feed(site, site.title() + ": " + tag.label(), site.description(),
                site.resolve(SitePaths.tagFeed(tag.slug(), format)), site.resolve(SitePaths.tag(tag.slug())), hub,
                articles);
    }
}
