package dev.herald.core.feed;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.text.FeedUrls;
import dev.herald.core.text.SiteRelativeUrls;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * What every format shows of one article, with the site's defaults applied: the permanent id,
 * the link, the authors and the HTML content with the lead image as a figure.
 */
public final class FeedEntry {

    private final Article article;
    private final SiteSettings site;

    public FeedEntry(Article article, SiteSettings site) {
        this.article = article;
        this.site = site;
    }

    public Article article() {
        return article;
    }

    /**
     * The permanent id, a tag URI (RFC 4151) {@code tag:host,year:id}: it survives edits of the
     * title and link, and no other article can get it.
     */
    public String id() {
        int year = article.published().atZone(ZoneOffset.UTC).getYear();
        return "tag:" + site.baseUrl().getHost() + "," + year + ":" + article.id();
    }

    /** The canonical page: the article's link, else {@code {baseUrl}/articles/{id}}. */
    public String link() {
        return article.link() != null ? article.link().toString() : site.url("/articles/" + article.id());
    }

    /** The article's authors, else the site's, else the site itself by name: every entry has one. */
    public List<Author> authors() {
        if (!article.authors().isEmpty()) {
            return article.authors();
        }
        if (!site.authors().isEmpty()) {
            return site.authors();
        }
        return List.of(Author.named(site.title()));
    }

    /** The language of the feed the entry is in: the site's. */
    public String feedLanguage() {
        return site.language();
    }

    /** The article's language, else the site's. */
    public String language() {
        return article.language() != null ? article.language() : site.language();
    }

    /** The summary as HTML text: plain text escaped, for formats whose summary is HTML (RSS). */
    public String summaryAsHtml() {
        return Entities.escape(article.summary());
    }

    /**
     * The content HTML, opened by the lead image as a {@code figure} when there is one, with
     * relative URLs made absolute: a feed is read away from the site ({@link FeedUrls}).
     */
    public String contentHtml() {
        Image image = image();
        String html = FeedUrls.absolute(article.contentHtml(), site.baseUrl().toString(), link());
        return image == null ? html : figure(image) + html;
    }

    /** The lead image with an absolute URL, or null if there is none. */
    public Image image() {
        Image image = article.image();
        if (image == null || !SiteRelativeUrls.isSiteRelative(image.url())) {
            return image;
        }
        return new Image(SiteRelativeUrls.prefixed(image.url(), site.baseUrl().toString()), image.caption(),
                image.credit(), image.alt());
    }

    private static String figure(Image image) {
        StringBuilder html = new StringBuilder("<figure>");
        if (image.url() != null) {
            html.append("<img src=\"").append(Entities.escape(image.url().toString()))
                    .append("\" alt=\"").append(Entities.escape(image.altText())).append("\">");
        }
        if (image.caption() != null || image.credit() != null) {
            html.append("<figcaption>");
            if (image.caption() != null) {
                html.append(Entities.escape(image.caption()));
            }
            if (image.credit() != null) {
                html.append(image.caption() != null ? " " : "")
                        .append("<small>").append(Entities.escape(image.credit())).append("</small>");
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>\n").toString();
    }
}
