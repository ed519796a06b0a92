package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new HtmlSanitizer());

    @Test
    void rendersGithubTablesStrikethroughAndAutolinks() {
        String markdown = """
                | a | b |
                |:--|--:|
                | 1 | 2 |

                ~~old~~ see https://example.org/x
                """;
        assertEquals("""
                <table>
                <thead>
                <tr>
                <th class="align-left">a</th>
                <th class="align-right">b</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td class="align-left">1</td>
                <td class="align-right">2</td>
                </tr>
                </tbody>
                </table>
                <p><del>old</del> see <a href="https://example.org/x">https://example.org/x</a></p>
                """, renderer.render(markdown));
    }

    @Test
    void dropsJavascriptLinksAndRawScripts() {
        assertEquals("<p><a>click</a> and </p>\n",
                renderer.render("[click](javascript:alert(1)) and <script>alert(2)</script>"));
    }

    @Test
    void keepsCodeBlocksWithCdataEndAndSpacesIntact() {
        assertEquals("<pre><code>a]]&gt;b\n  x    y\n</code></pre>\n", renderer.render("```\na]]>b\n  x    y\n```"));
    }

    @Test
    void keepsTheLanguageOfACodeBlockWhetherOrNotTheTextHasHtml() {
        assertEquals("<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n<p>Some <strong>bold</strong>.</p>\n",
                renderer.render("```ruby\nputs 1\n```\n\nSome **bold**."));
        assertEquals("<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n<p>Some <b>bold</b>.</p>\n",
                renderer.render("```ruby\nputs 1\n```\n\nSome <b>bold</b>."));
    }

    @Test
    void makesLinkAndImageUrlsValid() {
        assertEquals("<p><a href=\"https://a.example/annual%20report.pdf\">report</a> "
                + "<a href=\"https://xn--zrich-kva.example/b\">Z</a> <a>typo</a> "
                + "<img src=\"/images/lake%20view.png\" alt=\"Lake\" /></p>\n",
                renderer.render("[report](<https://a.example/annual report.pdf>) [Z](https://zürich.example/b) "
                        + "[typo](<https://a .example/>) ![Lake](</images/lake view.png>)"));
    }

    @Test
    void showsTheAltTextOfAnImageWithoutUrl() {
        assertEquals("<p>A Map of the wards here</p>\n", renderer.render("A ![Map of the wards]() here"));
        assertEquals("<p>A Map here</p>\n", renderer.render("A ![Map](javascript:alert(1)) here"));
    }
}
