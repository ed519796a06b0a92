package dev.herald.core.site;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedPaging;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.model.Tagged;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one place a feed is assembled, for the static build, {@code convert}, the server and the
 * benchmarks alike: the request's articles selected, its tag named, the titles and links of the
 * site's URL space applied.
 */
public final class SiteFeeds {

    private final SiteSettings site;
    private final URI hub;

    private SiteFeeds(SiteSettings site, URI hub) {
        this.site = site;
        this.hub = hub;
    }

    /** Feeds that advertise no WebSub hub. */
    public static SiteFeeds withoutHub(SiteSettings site) {
        return new SiteFeeds(site, null);
    }

    /** Feeds that advertise {@code hub}. */
    public static SiteFeeds withHub(SiteSettings site, URI hub) {
        return new SiteFeeds(site, hub);
    }

    /** The feed the request asks for, selecting from articles sorted newest first. */
    public Feed feed(FeedRequest request, List<Article> newestFirst) {
        List<Article> selected = request.query().selectFromNewestFirst(newestFirst);
        return feedOfSelected(request, selected, newestFirst);
    }

    /**
     * The feed the request asks for, of articles already selected with its query. A tag feed is
     * titled with the tag as written in its own articles or, when it is empty, in {@code others};
     * with the slug itself when no article has it.
     */
    public Feed feedOfSelected(FeedRequest request, List<Article> selected, List<? extends Tagged> others) {
        return feed(request, selected, others, SitePaths.listPage(request.tag()), FeedPaging.NONE);
    }

    private Feed feed(FeedRequest request, List<Article> selected, List<? extends Tagged> others, String page,
            FeedPaging paging) {
        Optional<String> slug = request.tagSlug();
        String title = slug.map(s -> site.title() + ": " + tagOf(s, selected, others).label()).orElse(site.title());
        return new Feed(site, title, site.description(), site.resolve(request.served()), site.resolve(page), hub, selected,
                paging);
    }

    /**
     * The current document of the main feed or a tag's feed, holding its newest articles and
     * linking ({@code prev-archive}) to the newest of {@code archives} archive documents.
     */
    public Feed current(FeedRequest request, List<Article> newest, int archives, List<? extends Tagged> others) {
        Feed feed = feedOfSelected(request, newest, others);
        String slug = request.tag();
        URI newestArchive = archives == 0 ? null : site.resolve(SitePaths.archiveFeed(slug, archives, request.format()));
        return feed.withPaging(FeedPaging.current(newestArchive));
    }

    /**
     * Archive document {@code n} of {@code archives} (1 = the oldest) of the feed {@code current}
     * asks for: its articles, {@code fh:archive}, and links to the current feed and its neighbours.
     */
    public Feed archive(FeedRequest current, int n, int archives, List<Article> articles, List<? extends Tagged> others) {
        String slug = current.tag();
        FeedFormat format = current.format();
        FeedPaging paging = new FeedPaging(true, site.resolve(SitePaths.currentFeed(slug, format)),
                n > 1 ? site.resolve(SitePaths.archiveFeed(slug, n - 1, format)) : null,
                n < archives ? site.resolve(SitePaths.archiveFeed(slug, n + 1, format)) : null, null);
        // its page is the older list page holding the same articles
        return feed(current.servedAt(SitePaths.archiveFeed(slug, n, format)), articles, others,
                SitePaths.listPage(slug, n), paging);
    }

    private static Tag tagOf(String slug, List<? extends Tagged> shown, List<? extends Tagged> others) {
        return withSlug(slug, shown).or(() -> withSlug(slug, others)).orElse(new Tag(slug, slug));
    }

    private static Optional<Tag> withSlug(String slug, List<? extends Tagged> articles) {
        for (Tagged article : articles) {
            for (Tag tag : article.tags()) {
                if (tag.slug().equals(slug)) {
                    return Optional.of(tag);
                }
            }
        }
        return Optional.empty();
    }
}
