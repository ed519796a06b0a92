package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page's head tells search engines and the sites its link is shared on. */
class LinkPreviewsTest {

    private static final SiteSettings SITE = SiteSettings.defaults().withTitle("Harbour News")
            .withBaseUrl(URI.create("https://example.org/news"));

    @TempDir
    Path folder;

    @Test
    void anArticlePageNamesItsCanonicalAddressAndPreviewsAsAnArticle() throws IOException {
        Files.writeString(folder.resolve("ferry.md"), """
                ---
                title: Night ferry returns
                summary: The island ferry sails at night again from Monday.
                published: 2026-12-01T08:00:00Z
                updated: 2026-12-02T09:30:00Z
                tags: [Ferries, Islands]
                image: {url: /images/ferry at night.png, alt: The ferry at the quay after dark}
                ---
                The ferry is back.
                """);
        Article article = ArticleReader.forSite(SITE).read(folder.resolve("ferry.md")).articleList().get(0);
        Document page = Jsoup.parse(new PageRenderer(SITE).article(article));

        assertEquals("https://example.org/news/articles/ferry", page.select("link[rel=canonical]").attr("href"));
        assertEquals(List.of("og:type=article", "og:title=Night ferry returns",
                "og:description=The island ferry sails at night again from Monday.",
                "og:url=https://example.org/news/articles/ferry", "og:site_name=Harbour News",
                "og:image=https://example.org/news/images/ferry%20at%20night.png",
                "og:image:alt=The ferry at the quay after dark", "article:published_time=2026-12-01T08:00:00Z",
                "article:modified_time=2026-12-02T09:30:00Z", "article:tag=Ferries", "article:tag=Islands"),
                properties(page));
        assertEquals("summary_large_image", page.select("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void aListPageIsItsOwnCanonicalAddressAndPreviewsAsAWebsite() {
        Document page = Jsoup.parse(new PageRenderer(SITE).tags(List.of()));
        assertEquals("https://example.org/news/tags/", page.select("link[rel=canonical]").attr("href"));
        assertEquals(List.of("og:type=website", "og:title=Tags", "og:description=Every tag of Harbour News with its feeds",
                "og:url=https://example.org/news/tags/", "og:site_name=Harbour News"), properties(page));
        assertEquals("summary", page.select("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void aPageForLostReadersHasNeitherAddressNorPreview() {
        Document page = Jsoup.parse(new PageRenderer(SITE).notFound());
        assertTrue(page.select("link[rel=canonical], meta[property], meta[name=twitter:card]").isEmpty(), page.head().html());
    }

    private static List<String> properties(Document page) {
        return page.select("meta[property]").stream().map(meta -> meta.attr("property") + "=" + meta.attr("content"))
                .toList();
    }
}
