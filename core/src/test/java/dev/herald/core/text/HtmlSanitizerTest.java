package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>ok<script>alert(1)</script></p>|<p>ok</p>",
        "<iframe src=\"javascript:alert(1)\"></iframe><p>x</p>|<p>x</p>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p>x</p>|<p>x</p>",
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<div style=\"display:none;max-height:0\">Inbox preview</div><p>Story.</p>|<p>Story.</p>",
        "<p>Story.<span style=\"DISPLAY : None !important\">tracking</span></p>|<p>Story.</p>",
        "<p style=\"color: red; visibility: hidden\">x</p><p>Story.</p>|<p>Story.</p>",
        "<p hidden>x</p><p>Story.</p>|<p>Story.</p>",
        "<template><p>later</p></template><p>Story.</p>|<p>Story.</p>",
        "<p hidden=\"until-found\">Found by search.</p>|<p>Found by search.</p>",
        "<p style=\"display: block\">Shown.</p>|<p>Shown.</p>",
        "<p style=\"font-display: none-ish\">Shown.</p>|<p>Shown.</p>",
    })
    void leavesOutWhatTheHtmlHidesFromItsReaders(String html, String expected) {
        assertEquals(expected, sanitizer.sanitize(html));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<iframe src=\"https://video.example/embed/x\" title=\"Launch\"></iframe>|<p><a href=\"https://video.example/embed/x\">Launch</a></p>",
        "<p>See <iframe src=\"https://a.example/map\"></iframe> here</p>|<p>See <a href=\"https://a.example/map\">https://a.example/map</a> here</p>",
        "<video controls><source src=\"https://a.example/v.mp4\" type=\"video/mp4\">No video</video>|<p><a href=\"https://a.example/v.mp4\">https://a.example/v.mp4</a></p>",
        "<audio src=\"/media/a.mp3\"></audio>|<p><a href=\"/media/a.mp3\">/media/a.mp3</a></p>",
        "<object data=\"https://a.example/x.swf\"><embed src=\"https://a.example/y.swf\"></object>|<p><a href=\"https://a.example/x.swf\">https://a.example/x.swf</a></p>",
        "<video poster=\"https://a.example/p.jpg\"></video><p>x</p>|<p>x</p>",
        "<details><summary>More</summary>Hidden</details>|<div><p>More</p>Hidden</div>",
    })
    void makesWhatHtmlEmbedsALinkToIt(String html, String expected) {
        assertEquals(expected, sanitizer.sanitize(html));
    }

    @Test
    void notesWhatBecameALinkAndWhatIsLeftOut() {
        assertEquals("", sanitizer.clean("<p>plain <b>text</b></p>").note());
        assertEquals("<iframe> is a link to what it showed: feeds and pages embed nothing from elsewhere",
                sanitizer.clean("<iframe src=\"https://a.example/\"></iframe>").note());
        assertEquals("<iframe>, <audio> are links to what they showed: feeds and pages embed nothing from elsewhere;"
                + " <script>, <form>, <input> left out: feeds and pages carry no scripts, styles, forms, drawings or frames",
                sanitizer.clean("<iframe src=\"https://a.example/\"></iframe><script>x()</script><audio src=\"a.mp3\">"
                        + "</audio><form><input></form>").note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<a href=\"https://a.example/x y\">x</a>|<a href=\"https://a.example/x%20y\">x</a>",
        "<a href=\"https://a .example/\">x</a>|<a>x</a>",
        "<blockquote cite=\"the minutes\">q</blockquote>|<blockquote cite=\"the%20minutes\">q</blockquote>",
        "<p>a <img src=\"\" alt=\"Chart\"> b</p>|<p>a Chart b</p>",
        "<p>a <img src=\"javascript:x\"> b</p>|<p>a  b</p>",
        "<img src=\"https://a.example/x.png\" width=\"80px\" height=\"60\" align=\"left\">|<img src=\"https://a.example/x.png\" height=\"60\" alt=\"\">",
        "<table summary=\"s\" width=\"9\"><colgroup><col width=\"3\"></colgroup><tr><th axis=\"a\" scope=\"Row\" colspan=\"0\" abbr=\"W\">W</th><td abbr=\"N\" axis=\"b\" rowspan=\"-1\" colspan=\"2\" width=\"1\">N</td></tr></table>|<table><tbody><tr><th scope=\"Row\" abbr=\"W\">W</th><td>N</td></tr></tbody></table>",
        "<ol start=\"first\" type=\"x\"><li>a</li></ol><ol start=\"-2\" type=\"i\"><li>b</li></ol><ul type=\"disc\"><li>c</li></ul>|<ol><li>a</li></ol><ol start=\"-2\" type=\"i\"><li>b</li></ol><ul><li>c</li></ul>",
        "<p>x</p><li>a</li> <li>b</li><p>y</p><li>c</li>|<p>x</p><ul><li>a</li> <li>b</li></ul><p>y</p><ul><li>c</li></ul>",
        "<dd>d</dd><figcaption>f</figcaption><figure><figcaption>g</figcaption></figure>|<div>d</div><div>f</div><figure><figcaption>g</figcaption></figure>",
        "<p><time datetime=\"next week\">soon</time> <time>later</time> <time>2024-05-01</time> <time datetime=\"2024-05-01\">May</time></p>|<p>soon later <time>2024-05-01</time> <time datetime=\"2024-05-01\">May</time></p>",
        "<strike>gone</strike>|<s>gone</s>",
        "<b>bold <p>para</p> <i>it<div>block</div></i></b>|bold <p>para</p> it<div>block</div>",
        "<span><a href=\"/x\"><div>card</div></a></span>|<a href=\"/x\"><div>card</div></a>",
        "<h3><ul><li>x</li></ul></h3>|<ul><li>x</li></ul>",
        "<ul>text<p>para</p><li>item</li></ul>|<ul><li>text</li><li><p>para</p></li><li>item</li></ul>",
        "<dl><dd>no term</dd></dl><dl><dt>t</dt><dd>d</dd></dl>|<div>no term</div><dl><dt>t</dt><dd>d</dd></dl>",
        "<figcaption><p>caption</p></figcaption>|<div><p>caption</p></div>",
        "<table><tr></tr><tr><td>1</td></tr></table>|<table><tbody><tr><td>1</td></tr></tbody></table>",
        "<table><tr><td>1</td></tr><caption>C</caption></table>|<table><caption>C</caption><tbody><tr><td>1</td></tr></tbody></table>",
        "<p>x</p><tr><td>stray row</td></tr><td>stray cell</td>|<p>x</p>stray rowstray cell",
        "<table><tbody><tr><td>1</td></tr></tbody><thead><tr><th>H</th></tr></thead><caption>C</caption><caption>D</caption></table>|<table><caption>C</caption><thead><tr><th>H</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><p>D</p>",
        "<table><tfoot><tr><td>f</td></tr></tfoot><tfoot><tr><td>g</td></tr></tfoot><tr><td>1</td></tr></table>|<table><tbody><tr><td>g</td></tr></tbody><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
        "<table><tr><td rowspan=\"5\">a</td><td rowspan=\"0\">b</td><td>c</td></tr><tr><td>d</td></tr></table>|<table><tbody><tr><td rowspan=\"2\">a</td><td rowspan=\"0\">b</td><td>c</td></tr><tr><td>d</td></tr></tbody></table>",
        "<table><tr><th colspan=\"3\">Results</th></tr><tr><td>a</td><td>b</td></tr></table>|<table><tbody><tr><th colspan=\"2\">Results</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>",
        "<table><tr><th colspan=\"2\">Two</th><th>One</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>|<table><tbody><tr><th colspan=\"2\">Two</th><th>One</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>",
        "<figure><figcaption>a</figcaption><img src=\"https://a.example/x.png\" alt=\"X\"><figcaption>b</figcaption></figure>|<figure><figcaption>a</figcaption><img src=\"https://a.example/x.png\" alt=\"X\"><div>b</div></figure>",
        "<figure><img src=\"https://a.example/x.png\" alt=\"X\"><figcaption>a</figcaption><p>after</p></figure>|<figure><img src=\"https://a.example/x.png\" alt=\"X\"><p>after</p><figcaption>a</figcaption></figure>",
    })
    void makesWhatSurvivesValidHtml(String html, String expected) {
        assertEquals(expected, sanitizer.sanitize(html));
    }

    // the class CommonMark gives a fenced block's info string, as Markdown without HTML keeps it,
    // and a GFM table's alignment
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<pre><code class=\"language-ruby\">puts 1</code></pre>|<pre><code class=\"language-ruby\">puts 1</code></pre>",
        "<pre><code class=\"hidden language-c++ language-föö\">x</code></pre>|<pre><code class=\"language-c++ language-föö\">x</code></pre>",
        "<p><code class=\"sr-only\">x</code> <code class=\"language-\">y</code></p>|<p><code>x</code> <code>y</code></p>",
        "<p class=\"language-ruby\">x</p>|<p>x</p>",
        "<table><tr><td class=\"sr-only align-left\">1</td><th class=\"hidden\">2</th></tr></table>|<table><tbody><tr><td class=\"align-left\">1</td><th>2</th></tr></tbody></table>",
    })
    void keepsOnlyTheLanguageOfCodeAndTheAlignmentOfCells(String html, String expected) {
        assertEquals(expected, sanitizer.sanitize(html));
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void mendsMarkupInTimeThatGrowsWithIt() {
        // moved one node at a time, 100,000 of each took minutes: each move searched its parent's children
        int n = 100_000;
        String html = "<div>" + "<b><p>x</p></b>".repeat(n) + "<time>y</time>".repeat(n) + "<li>z".repeat(n) + "</div>"
                + "<ul>" + "<p>w</p>".repeat(n) + "</ul>" + "<div>" + "<img src=''>".repeat(n) + "</div>";
        String sanitized = sanitizer.sanitize(html);
        assertEquals(n, sanitized.split("<p>x</p>", -1).length - 1);
        assertEquals(-1, sanitized.indexOf("<b>"));
        assertEquals(2 * n, sanitized.split("<li>", -1).length - 1);
    }

    @org.junit.jupiter.api.Test
    void leavesNoBacktickInAnyAttribute() {
        assertEquals("<img src=\"x%60%20y\" alt=\"it's\">", sanitizer.sanitize("<img src=\"x` y\" alt=\"it`s\">"));
        assertEquals("<p>a `code` b</p>", sanitizer.sanitize("<p>a `code` b</p>"));
    }

    @org.junit.jupiter.api.Test
    void givesEmptyTextForNothing() {
        assertEquals("", sanitizer.sanitize(null));
        assertEquals("", sanitizer.sanitize("  "));
    }
}
