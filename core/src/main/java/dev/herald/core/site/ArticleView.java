package dev.herald.core.site;

import dev.herald.core.feed.FeedEntry;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.text.SiteRelativeUrls;
import dev.herald.core.text.TextDirection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * What a page shows of an article, with links resolved and dates formatted, so templates hold no
 * logic. Templates reach these through their accessor names.
 */
public record ArticleView(
        String id,
        String title,
        String summary,
        boolean showSummary,
        String contentHtml,
        String url,
        String pageUrl,
        String published,
        String publishedText,
        String updated,
        String updatedText,
        String authors,
        List<TagLink> tags,
        Image image,
        String imageUrl,
        String source,
        String sourceUrl,
        String language,
        List<Media> media) {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** A link to a tag's page and feeds. */
    public record TagLink(String label, String slug, String url, String rssUrl, String atomUrl, String jsonUrl) {

        static TagLink of(String label, String slug, SiteSettings site) {
            return new TagLink(label, slug, site.url(SitePaths.tag(slug)),
                    site.url(SitePaths.tagFeed(slug, FeedFormat.RSS)),
                    site.url(SitePaths.tagFeed(slug, FeedFormat.ATOM)),
                    site.url(SitePaths.tagFeed(slug, FeedFormat.JSON)));
        }
    }

    /** An enclosure as a page shows it: a player for audio and video, a link for anything else. */
    public record Media(String url, String type, boolean audio, boolean video) {

        static Media of(Enclosure enclosure) {
            String type = enclosure.mediaType();
            return new Media(enclosure.url().toString(), type, type.startsWith("audio/"), type.startsWith("video/"));
        }
    }

    public static ArticleView of(Article article, SiteSettings site) {
        FeedEntry entry = new FeedEntry(article, site);
        List<TagLink> tags = article.tags().stream().map(tag -> TagLink.of(tag.label(), tag.slug(), site)).toList();
        Image image = article.image();
        boolean showSummary = !article.summary().isEmpty()
                && !isFirstParagraph(article.summary(), article.contentHtml());
        // site-relative URLs stay so (a preview at another address still shows the site's images),
        // under the base URL's path when it has one
        String basePath = site.baseUrl().getRawPath() == null ? "" : site.baseUrl().getRawPath();
        return new ArticleView(article.id(), article.title(), article.summary(), showSummary,
                SiteRelativeUrls.prefixed(article.contentHtml(), basePath),
                entry.link(), site.url(SitePaths.article(article.id())),
                machine(article.published()), human(article.published(), site),
                article.updated() == null ? null : machine(article.updated()),
                article.updated() == null ? null : human(article.updated(), site),
                authorNames(entry), tags, image,
                image == null || image.url() == null ? null : SiteRelativeUrls.prefixed(image.url(), basePath).toString(),
                article.source() == null ? null : article.source().name(),
                article.source() == null || article.source().url() == null ? null : article.source().url().toString(),
                entry.language(), article.enclosures().stream().map(Media::of).toList());
    }

    // a summary taken from the first paragraph, whole or cut short, would be read twice: the lead
    // photo's figure may stand before that paragraph
    private static boolean isFirstParagraph(String summary, String contentHtml) {
        int start = contentHtml.indexOf("<p>");
        int end = start < 0 ? -1 : contentHtml.indexOf("</p>", start);
        if (end < 0) {
            return false;
        }
        // the paragraph's text as a summary is made of it: no markup, its lines joined
        String paragraph = WHITE_SPACE.matcher(TAG.matcher(contentHtml.substring(start + "<p>".length(), end))
                .replaceAll("")).replaceAll(" ");
        String escaped = Entities.escape(summary.endsWith("…") ? summary.substring(0, summary.length() - 1) : summary);
        return paragraph.startsWith(escaped);
    }

    /**
     * A {@code <time datetime>} value: whole seconds, as the feeds carry them (HTML takes at most
     * three digits of a second's fraction, and a date read as {@code .999999999} has nine).
     */
    static String machine(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The article's text direction, {@code rtl} for Arabic, Hebrew and the like. */
    public String direction() {
        return TextDirection.of(language);
    }

    // as the site's pages write dates: "3 December 2024, 09:30 UTC", in the site's language
    static String human(Instant instant, SiteSettings site) {
        return PageLabels.of(site.language()).dateTime(instant);
    }

    static String authorNames(FeedEntry entry) {
        return String.join(", ", entry.authors().stream().map(Author::name).toList());
    }
}
