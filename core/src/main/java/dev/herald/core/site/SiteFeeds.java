package dev.herald.core.site;

import dev.herald.core.feed.Feed;
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
        Optional<String> slug = request.tagSlug();
        String title = slug.map(s -> site.title() + ": " + tagOf(s, selected, others).label()).orElse(site.title());
        URI page = site.resolve(slug.map(SitePaths::tag).orElse(SitePaths.INDEX));
        return new Feed(site, title, site.description(), site.resolve(request.served()), page, hub, selected);
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
