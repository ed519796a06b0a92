package dev.herald.core.read.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's feed, as feed readers find one (RSS autodiscovery): the first {@code <link
 * rel="alternate">} of an RSS, Atom or JSON Feed type in an HTML page.
 */
public final class FeedDiscovery {

    private FeedDiscovery() {
    }

    /**
     * Whether the bytes are an HTML page rather than a feed: after a byte-order mark, white space
     * and an XML declaration (XHTML has one), a doctype or an html element.
     */
    public static boolean isHtmlPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceFirst("^<\\?xml[^>]*>\\s*", "");
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The page's feed, resolved against {@code pageUrl} when that is a web address; empty if it names none. */
    public static Optional<String> advertisedFeed(byte[] page, String pageUrl) {
        boolean web = pageUrl.startsWith("http://") || pageUrl.startsWith("https://");
        Document document = Jsoup.parse(new String(page, StandardCharsets.UTF_8), web ? pageUrl : "");
        for (Element link : document.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")) {
                return Optional.of(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
            }
        }
        return Optional.empty();
    }
}
