package dev.herald.core.site;

import java.util.List;

/**
 * What every page's head and header show: title, language, and the feeds to discover.
 *
 * @param feeds the feeds of the page, announced with {@code <link rel="alternate">}
 */
public record PageHead(String language, String title, String description, String siteTitle, String homeUrl,
        String tagsUrl, String archiveUrl, String opmlUrl, String stylesheetUrl, List<FeedLink> feeds) {

    /** A feed to announce: media type, title, URL and a short label for the navigation. */
    public record FeedLink(String mediaType, String title, String url, String label) {
    }
}
