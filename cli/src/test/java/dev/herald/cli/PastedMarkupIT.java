package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup as editors paste it (links with spaces, a stray %, a host that is none, obsolete table
 * attributes, values the standard does not allow, a heading spanning more columns than the rows
 * have, list items and captions out of place, a time that is no date): the article pages still pass the Nu HTML Checker, the feeds their validators,
 * and every word the editor wrote is still on the page.
 */
class PastedMarkupIT {

    private static final String RAW_HTML_STORY = """
            ---
            id: pasted-markup
            title: Council Publishes Its Spending Table
            published: 2025-03-04T09:00:00Z
            tags: [Local]
            ---
            The <a href="https://council.example/docs/spending 2025.pdf">full table</a> and
            <a href="https://council.example/search?q=bus lanes&year=<2025>">the bus lane entries</a>
            were put online on Tuesday, <a href="https://council.example/100%">with notes</a>,
            <a href="https://council .example/">a mistyped link</a> and
            <a href="https://council.example\\minutes">the minutes</a>.

            <img src="" alt="Chart of spending by ward"> <img src="https://council.example/logo.png" width="80px" align="right">

            <table summary="Spending" width="100%"><colgroup span="0" width="5"><col width="3"></colgroup>
            <tr><th axis="ward" scope="everywhere" colspan="0">Ward</th><td abbr="N" rowspan="-1" width="9">North</td></tr></table>

            <table><tr><th colspan="3">Spending by ward</th></tr><tr><td>South</td><td>2.1m</td></tr><caption>Budget 2025</caption></table>

            <ol start="first" type="x"><li>Roads</li></ol> <ul type="disc"><li>Parks</li></ul>

            <li>A list item pasted alone</li>
            <li>and its neighbour</li>

            <figcaption>A caption without its figure</figcaption> <dd>A definition without its list</dd>

            The vote is <time datetime="next Tuesday">next week</time>, the last was on
            <time datetime="2025-02-11">11 February</time>. <strike>Withdrawn</strike>
            <blockquote cite="the council's minutes">We will publish quarterly.</blockquote>
            """;

    private static final String MARKDOWN_STORY = """
            ---
            id: markdown-links
            title: Where to Read the Report
            published: 2025-03-03T09:00:00Z
            tags: [Local]
            ---
            The report is [on the council's site](<https://council.example/annual report.pdf>) and in
            [Zürich's archive](https://archiv.zürich.example/bericht). ![Map of the wards]()
            """;

    @TempDir
    static Path folder;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path source = Files.createDirectories(folder.resolve("src"));
        Files.writeString(source.resolve("pasted-markup.md"), RAW_HTML_STORY);
        Files.writeString(source.resolve("markdown-links.md"), MARKDOWN_STORY);
        site = folder.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url",
                "https://news.example.org");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void articlePagesPassTheNuHtmlChecker() throws IOException, InterruptedException {
        NuHtmlChecker.passes(List.of(site.resolve("articles/pasted-markup/index.html"),
                site.resolve("articles/markdown-links/index.html"), site.resolve("index.html")));
    }

    @Test
    void feedsPassTheirValidators() throws IOException, InterruptedException {
        FeedValidators.rss(List.of(site.resolve("feed.xml")));
        FeedValidators.atom(List.of(site.resolve("atom.xml")));
        FeedValidators.json(List.of(site.resolve("feed.json")));
    }

    @Test
    void urlsAreEncodedAsABrowserAsksForThem() throws IOException {
        Document page = Jsoup.parse(site.resolve("articles/pasted-markup/index.html").toFile());
        assertEquals(List.of("https://council.example/docs/spending%202025.pdf",
                "https://council.example/search?q=bus%20lanes&year=%3C2025%3E", "https://council.example/100%25",
                "https://council.example/minutes"),
                page.select(".content a[href]").eachAttr("href"));
        assertEquals("a mistyped link", page.select(".content a:not([href])").text(), "kept as text");
        assertEquals("the%20council's%20minutes", page.selectFirst(".content blockquote").attr("cite"));

        Document markdown = Jsoup.parse(site.resolve("articles/markdown-links/index.html").toFile());
        assertEquals(List.of("https://council.example/annual%20report.pdf", "https://archiv.xn--zrich-kva.example/bericht"),
                markdown.select(".content a[href]").eachAttr("href"));
        assertTrue(markdown.selectFirst(".content").text().contains("Map of the wards"), "an image without a URL shows its alt text");
    }

    @Test
    void everyWordStaysWhereMarkupHadToGo() throws IOException {
        Document page = Jsoup.parse(site.resolve("articles/pasted-markup/index.html").toFile());
        String text = page.selectFirst(".content").text();
        for (String words : List.of("Chart of spending by ward", "Ward", "North", "Spending by ward", "South", "2.1m",
                "Budget 2025", "Roads", "Parks",
                "A list item pasted alone", "and its neighbour", "A caption without its figure",
                "A definition without its list", "next week", "Withdrawn", "We will publish quarterly.")) {
            assertTrue(text.contains(words), words + " in: " + text);
        }
        assertEquals(List.of("A list item pasted alone", "and its neighbour"), page.select(".content ul:last-of-type li").eachText(),
                "the items pasted alone share one list");
        assertEquals(List.of("2025-02-11"), page.select(".content time").eachAttr("datetime"));
        assertEquals("Withdrawn", page.selectFirst(".content s").text());
    }
}
