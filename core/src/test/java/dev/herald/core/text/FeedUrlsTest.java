package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FeedUrlsTest {

    private static final String BASE = "https://news.example.org/desk";
    private static final String LINK = "https://news.example.org/desk/articles/harbour-vote";

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private String absolute(String html) {
        return FeedUrls.absolute(sanitizer.sanitize(html), BASE, LINK);
    }

    @Test
    void resolvesPathRelativeUrlsAgainstTheEntrysLink() {
        assertEquals("<p><img src=\"https://news.example.org/desk/articles/map.png\" alt=\"map\">"
                + " <a href=\"https://news.example.org/desk/ferry-strike/\">ferry</a>"
                + " <a href=\"https://news.example.org/desk/articles/harbour-vote?page=2\">next</a>"
                + " <a href=\"https://news.example.org/results.html\">results</a></p>",
                absolute("<p><img src=\"map.png\" alt=\"map\"> <a href=\"../ferry-strike/\">ferry</a>"
                        + " <a href=\"?page=2\">next</a> <a href=\"../../../../results.html\">results</a></p>"));
    }

    @Test
    void putsSiteRelativeUrlsUnderTheBaseUrlAndGivesProtocolRelativeOnesTheLinksScheme() {
        assertEquals("<p><img src=\"https://news.example.org/desk/images/a%20b.jpg\" alt=\"x\">"
                + " <a href=\"https://cdn.example.org/x\">cdn</a></p>",
                absolute("<p><img src=\"/images/a%20b.jpg\" alt=\"x\"> <a href=\"//cdn.example.org/x\">cdn</a></p>"));
    }

    @Test
    void keepsAbsoluteUrlsFragmentsAndTextThatOnlyLooksLikeAnAttribute() {
        String html = sanitizer.sanitize("<p><a href=\"https://other.example/a?b=1&amp;c=2\">o</a>"
                + " <a href=\"mailto:desk@example.org\">mail</a> <a href=\"#note-1\">1</a> src=\"map.png\"</p>");
        assertEquals(html, FeedUrls.absolute(html, BASE, LINK));
    }

    @Test
    void tellsASchemeFromAPathThatHasAColonLater() {
        String html = "<p><img src=\"data:image/png;base64,AAAA\"> <a href=\"HTTPS://Other.example/x\">o</a>"
                + " <a href=\"tel:+3212345678\">t</a></p>";
        assertEquals(html, FeedUrls.absolute(html, BASE, LINK));
        assertEquals("<p><a href=\"https://news.example.org/desk/articles/2026:report\">r</a>"
                + " <a href=\"https://news.example.org/desk/articles/a%20b:c\">s</a></p>",
                FeedUrls.absolute("<p><a href=\"./2026:report\">r</a> <a href=\"a%20b:c\">s</a></p>", BASE, LINK));
    }

    @Test
    void keepsAQueryEscapedInTheAttribute() {
        assertEquals("<p><a href=\"https://news.example.org/desk/articles/search?q=port&amp;page=2\">s</a></p>",
                absolute("<p><a href=\"search?q=port&amp;page=2\">s</a></p>"));
    }

    @Test
    void returnsHtmlWithoutAttributesAsItIs() {
        String html = "<p>No links at all.</p>";
        assertSame(html, FeedUrls.absolute(html, BASE, LINK));
    }
}
