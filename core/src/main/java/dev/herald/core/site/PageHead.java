package dev.herald.core.site;

import dev.herald.core.text.TextDirection;
import java.util.List;
import java.util.Map;

/**
 * What every page's head and header show: title, language, the feeds to discover, and what a
 * link to the page shows when it is shared.
 *
 * @param feeds        the feeds of the page, announced with {@code <link rel="alternate">}
 * @param canonicalUrl the page's one address for search engines ({@code <link rel="canonical">}), or null
 * @param meta         Open Graph and card properties for link previews, possibly none
 * @param labels       the words of the page around its articles, in the site's language ({@link PageLabels})
 */
public record PageHead(String language, String title, String description, String siteTitle, String homeUrl,
        String tagsUrl, String archiveUrl, String opmlUrl, String stylesheetUrl, List<FeedLink> feeds,
        String canonicalUrl, List<Meta> meta, Map<String, String> labels) {

    /** The page's text direction, from the site's language. */
    public String direction() {
        return TextDirection.of(language);
    }

    /** A feed to announce: media type, title, URL and a short label for the navigation. */
    public record FeedLink(String mediaType, String title, String url, String label) {
    }

    /** A {@code <meta>} of the head: {@code <meta property="og:title" content="…">}, or with {@code name}. */
    public record Meta(String attribute, String key, String content) {

        static Meta property(String key, String content) {
            return new Meta("property", key, content);
        }

        static Meta name(String key, String content) {
            return new Meta("name", key, content);
        }
    }
}
