package dev.herald.core.site;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.PageHead.Meta;
import dev.herald.core.text.SiteRelativeUrls;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page shows when its link is shared (social networks, messengers, chat): the Open Graph
 * properties (ogp.me) and the card type that X and others read beside them.
 */
final class LinkPreviews {

    private LinkPreviews() {
    }

    /** An article: its title, summary, address, photo, times and tags. */
    static List<Meta> article(ArticleView article, SiteSettings site) {
        List<Meta> meta = new ArrayList<>();
        meta.add(Meta.property("og:type", "article"));
        common(meta, article.title(), article.summary(), article.url(), site);
        String image = absolute(article.imageUrl(), site);
        if (image != null) {
            meta.add(Meta.property("og:image", image));
            if (article.image().altText() != null && !article.image().altText().isEmpty()) {
                meta.add(Meta.property("og:image:alt", article.image().altText()));
            }
        }
        meta.add(Meta.property("article:published_time", article.published()));
        if (article.updated() != null) {
            meta.add(Meta.property("article:modified_time", article.updated()));
        }
        article.tags().forEach(tag -> meta.add(Meta.property("article:tag", tag.label())));
        meta.add(Meta.name("twitter:card", image != null ? "summary_large_image" : "summary"));
        return meta;
    }

    /** A list of articles (the home page, a tag's, the archive): a website's page. */
    static List<Meta> list(String title, String description, String url, SiteSettings site) {
        List<Meta> meta = new ArrayList<>();
        meta.add(Meta.property("og:type", "website"));
        common(meta, title, description, url, site);
        meta.add(Meta.name("twitter:card", "summary"));
        return meta;
    }

    private static void common(List<Meta> meta, String title, String description, String url, SiteSettings site) {
        meta.add(Meta.property("og:title", title));
        if (description != null && !description.isEmpty()) {
            meta.add(Meta.property("og:description", description));
        }
        meta.add(Meta.property("og:url", url));
        meta.add(Meta.property("og:site_name", site.title()));
    }

    // a preview is fetched by another site's crawler: a site-relative photo ("/news/images/x.jpg",
    // already under the base URL's path) needs the site's scheme and host
    private static String absolute(String url, SiteSettings site) {
        if (url == null) {
            return null;
        }
        return SiteRelativeUrls.isSiteRelative(url) ? site.baseUrl().resolve(url).toString() : url;
    }
}
