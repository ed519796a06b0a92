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

/** The machine-readable times of the pages, which HTML allows only three digits of fraction. */
class PageTimesTest {

    private static final SiteSettings SITE = SiteSettings.defaults().withTitle("Harbour News");

    @TempDir
    Path folder;

    @Test
    void aDateWithNanosecondsIsGivenInWholeSecondsAsInTheFeeds() throws IOException {
        Files.writeString(folder.resolve("tide.md"), """
                ---
                title: Spring tide at the harbour wall
                published: 2026-11-30T23:59:59.999999999-12:00
                updated: 2026-12-01T12:00:00.5Z
                ---
                The water rose to the top of the wall.
                """);
        Article article = ArticleReader.forSite(SITE).read(folder.resolve("tide.md")).articleList().get(0);
        PageRenderer pages = new PageRenderer(SITE);

        Document page = Jsoup.parse(pages.article(article));
        assertEquals(List.of("2026-12-01T11:59:59Z", "2026-12-01T12:00:00Z"), page.select("time").eachAttr("datetime"));
        assertEquals("2026-12-01T11:59:59Z", page.select("meta[property=article:published_time]").attr("content"));
        Document list = Jsoup.parse(pages.index(List.of(article), List.of(), 0));
        assertEquals(List.of("2026-12-01T11:59:59Z"), list.select("time").eachAttr("datetime"));
    }
}
