package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.model.SiteSettings;

/** A tag in a list: label, count, and the links to its page and feeds. */
public record TagSummary(String label, String slug, int count, String url, String rssUrl, String atomUrl, String jsonUrl) {

    static TagSummary of(TagCount tagCount, SiteSettings site) {
        String slug = tagCount.tag().slug();
        return new TagSummary(tagCount.tag().label(), slug, tagCount.count(), site.url(SitePaths.tag(slug)),
                site.url(SitePaths.tagFeed(slug, FeedFormat.RSS)),
                site.url(SitePaths.tagFeed(slug, FeedFormat.ATOM)),
                site.url(SitePaths.tagFeed(slug, FeedFormat.JSON)));
    }
}
