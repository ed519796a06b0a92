package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words around a site's articles, in the site's language. */
class PageLabelsTest {

    private static final SiteSettings GERMAN_SITE = new SiteSettings("Hafenblatt", "Nachrichten vom Hafen",
            SiteSettings.DEFAULT_BASE_URL, "de-DE", List.of(), List.of());

    @TempDir
    Path folder;

    @Test
    void givesAGermanSitesPagesInGermanAroundAnArticleInItsOwnLanguage() throws IOException {
        Files.writeString(folder.resolve("tide.md"), """
                ---
                title: Spring tide at the harbour wall
                published: 2024-12-03T09:30:00Z
                updated: 2024-12-03T11:05:00Z
                language: en
                authors: [Jo Park]
                tags: [Harbour]
                source: Harbour Agency
                ---
                The water rose to the top of the wall.
                """);
        Article article = ArticleReader.forSite(GERMAN_SITE).read(folder.resolve("tide.md")).articleList().get(0);
        PageRenderer pages = new PageRenderer(GERMAN_SITE);

        Document page = Jsoup.parse(pages.article(article));
        assertEquals("de-DE", page.select("html").attr("lang"));
        assertEquals("en", page.select("article").attr("lang"));
        assertEquals("Von Jo Park · 3. Dezember 2024, 09:30 UTC · Aktualisiert 3. Dezember 2024, 11:05 UTC"
                + " · Quelle: Harbour Agency", page.select("article p.meta").text());
        assertEquals("Schlagwörter Archiv OPML RSS Atom JSON Feed", page.select("header.site nav").text());
        assertEquals("Schlagwörter", page.select("article footer h2").text());

        Document month = Jsoup.parse(pages.month(YearMonth.of(2024, 12), List.of(article)));
        assertEquals("Dezember 2024", month.select("h1").text());
        assertEquals("Alle Artikel aus Dezember 2024.", month.select("main > p.summary").text());
        assertEquals("Alle Monate", month.select("nav.pagination").text());

        Document missing = Jsoup.parse(pages.notFound());
        assertEquals("Seite nicht gefunden", missing.select("h1").text());
        assertEquals(List.of("http://localhost:8080/", "http://localhost:8080/archive/", "http://localhost:8080/tags/"),
                missing.select("main a").eachAttr("href"));
    }

    @Test
    void keepsEnglishForALanguageWithoutLabelsAndWritesItsDatesInEnglish() {
        PageLabels japanese = PageLabels.of("ja");
        assertEquals("Tags", japanese.get("tags"));
        assertEquals("3 December 2024, 09:30 UTC", japanese.dateTime(Instant.parse("2024-12-03T09:30:00Z")));
        assertEquals("Articles tagged Tokyo", japanese.get("taggedDescription", "Tokyo"));
        assertEquals("C{1}, page 2", japanese.get("pageTitle", "C{1}", 2), "a tag's own braces stay");
        assertEquals("décembre 2024", PageLabels.of("fr-CA").month(YearMonth.of(2024, 12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "it", "pt", "nl", "sv"})
    void eachLanguageHasEveryLabelEnglishHas(String language) throws IOException {
        assertEquals(keys("labels.properties"), keys("labels_" + language + ".properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PageLabels.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
