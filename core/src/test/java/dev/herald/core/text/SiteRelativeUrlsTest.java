package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteRelativeUrlsTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void resolvesSiteRelativeAttributesAndLeavesEverythingElse() {
        String html = sanitizer.sanitize("<p><img src=\"/images/a%20b.jpg\" alt=\"x\"> <a href=\"/files/report.pdf\">r</a>"
                + " <a href=\"//cdn.example.org/x\">cdn</a> <a href=\"https://other.example/\">o</a>"
                + " <a href=\"notes.html\">n</a> src=\"/not-an-attribute\"</p>");
        assertEquals("<p><img src=\"https://news.example.org/images/a%20b.jpg\" alt=\"x\">"
                + " <a href=\"https://news.example.org/files/report.pdf\">r</a> <a href=\"//cdn.example.org/x\">cdn</a>"
                + " <a href=\"https://other.example/\">o</a> <a href=\"notes.html\">n</a> src=\"/not-an-attribute\"</p>",
                SiteRelativeUrls.prefixed(html, "https://news.example.org"));
        assertEquals(List.of("/images/a%20b.jpg", "/files/report.pdf"), SiteRelativeUrls.in(html));
        assertEquals(html, SiteRelativeUrls.prefixed(html, ""));
    }

    @Test
    void tellsSiteRelativeUrlsFromOthers() {
        assertEquals(true, SiteRelativeUrls.isSiteRelative(URI.create("/images/x.jpg")));
        assertEquals(false, SiteRelativeUrls.isSiteRelative(URI.create("//cdn.example.org/x.jpg")));
        assertEquals(false, SiteRelativeUrls.isSiteRelative(URI.create("images/x.jpg")));
        assertEquals(false, SiteRelativeUrls.isSiteRelative(URI.create("https://news.example.org/x.jpg")));
        assertEquals(URI.create("https://news.example.org/news/images/x.jpg"),
                SiteRelativeUrls.prefixed(URI.create("/images/x.jpg"), "https://news.example.org/news"));
    }
}
