package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>ok<script>alert(1)</script></p>|<p>ok</p>",
        "<iframe src=\"https://evil.example/\"></iframe><p>x</p>|<p>x</p>",
        "<img src=\"https://a.example/x.jpg\" onerror=\"alert(1)\">|<img src=\"https://a.example/x.jpg\" alt=\"\">",
        "<table><tr><td align=\"right\">1</td><td align=\"middle\">2</td></tr></table>|<table><tbody><tr><td class=\"align-right\">1</td><td>2</td></tr></tbody></table>",
        "<a href=\"javascript:alert(1)\">x</a>|<a>x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>|<a>x</a>",
        "<span style=\"background:url(javascript:alert(1))\">x</span>|<span>x</span>",
        "<p onclick=\"alert(1)\">x</p>|<p>x</p>",
        "<svg onload=\"alert(1)\"><circle/></svg>ok|ok",
        "<a href=\"/photos/a.jpg\">rel</a>|<a href=\"/photos/a.jpg\">rel</a>",
        "<a href=\"https://example.org/?a=1&amp;b=2\">q</a>|<a href=\"https://example.org/?a=1&amp;b=2\">q</a>",
        "<figure><img src=\"https://a.example/x.jpg\" alt=\"A\"><figcaption>C</figcaption></figure>|<figure><img src=\"https://a.example/x.jpg\" alt=\"A\"><figcaption>C</figcaption></figure>",
        "<p>a &#1; b</p>|<p>a  b</p>",
        "<pre>a    b\\n  c</pre>|<pre>a    b\\n  c</pre>",
        "<p>]]&gt;</p>|<p>]]&gt;</p>",
    })
    void makesHostileHtmlHarmless(String html, String expected) {
        assertEquals(expected.replace("\\n", "\n"), sanitizer.sanitize(html.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void leavesNoBacktickInAnyAttribute() {
        assertEquals("<img src=\"x%60 y\" alt=\"it's\">", sanitizer.sanitize("<img src=\"x` y\" alt=\"it`s\">"));
        assertEquals("<p>a `code` b</p>", sanitizer.sanitize("<p>a `code` b</p>"));
    }

    @org.junit.jupiter.api.Test
    void givesEmptyTextForNothing() {
        assertEquals("", sanitizer.sanitize(null));
        assertEquals("", sanitizer.sanitize("  "));
    }
}
