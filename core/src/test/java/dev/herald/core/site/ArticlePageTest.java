package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an article's page and the lists show of it: its language's direction, its summary once. */
class ArticlePageTest {

    private static final SiteSettings SITE = SiteSettings.defaults().withTitle("Harbour News");

    @TempDir
    Path folder;

    @Test
    void anArticleInARightToLeftLanguageIsLaidOutRightToLeft() throws IOException {
        Article arabic = read("port.md", """
                ---
                title: الميناء يفتح من جديد
                published: 2026-12-01T08:00:00Z
                language: ar
                ---
                أعاد الميناء فتح أبوابه يوم الاثنين.
                """);
        Article english = read("ferry.md", """
                ---
                title: Night ferry returns
                published: 2026-12-02T08:00:00Z
                ---
                The ferry is back.
                """);
        PageRenderer pages = new PageRenderer(SITE);

        Document page = Jsoup.parse(pages.article(arabic));
        assertEquals("ltr", page.selectFirst("html").attr("dir"), "the site's own language is English");
        assertEquals("rtl", page.selectFirst("article").attr("dir"));
        Document list = Jsoup.parse(pages.index(List.of(english, arabic), List.of(), 0));
        assertEquals(List.of("", "ar"), list.select("article.teaser").stream().map(e -> e.attr("lang")).toList(),
                "only where it differs from the page's");
        assertEquals(List.of("", "rtl"), list.select("article.teaser").stream().map(e -> e.attr("dir")).toList());
        SiteSettings hebrew = new SiteSettings("Harbour News", "", SITE.baseUrl(), "he", List.of(), List.of());
        Article markedEnglish = read("tide.md", """
                ---
                title: Spring tide
                published: 2026-12-02T08:00:00Z
                language: en
                ---
                The water rose.
                """);
        Document hebrewSite = Jsoup.parse(new PageRenderer(hebrew).article(markedEnglish));
        assertEquals("rtl", hebrewSite.selectFirst("html").attr("dir"));
        assertEquals("ltr", hebrewSite.selectFirst("article").attr("dir"));
    }

    @Test
    void aSummaryMadeOfTheFirstParagraphIsNotShownTwice() throws IOException {
        // after the lead photo's figure, over two lines, with markup in it
        Article article = read("ferry.md", """
                ---
                title: Night ferry returns
                published: 2026-12-01T08:00:00Z
                image: {url: https://example.org/ferry.jpg, caption: The ferry at the quay}
                ---
                The island ferry sails at night
                again from **Monday**.

                Tickets go on sale today.
                """);
        assertEquals(0, summaries(article));
        Article ownSummary = read("tide.md", """
                ---
                title: Spring tide
                summary: The harbour wall held.
                published: 2026-12-01T08:00:00Z
                ---
                The water rose to the top of the wall on Sunday night.
                """);
        assertEquals(1, summaries(ownSummary));
    }

    private int summaries(Article article) {
        return Jsoup.parse(new PageRenderer(SITE).article(article)).select("p.summary").size();
    }

    private Article read(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
        return ArticleReader.forSite(SITE).read(folder.resolve(name)).articleList().get(0);
    }
}
