package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.DatedStory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapsTest {

    @Test
    void aSitemapIsSplitAtFiftyThousandUrls() {
        List<SitemapWriter.Url> urls = IntStream.range(0, 120_001)
                .mapToObj(n -> new SitemapWriter.Url("https://news.example.org/articles/a" + n, null)).toList();
        List<List<SitemapWriter.Url>> parts = SitemapWriter.parts(urls);
        assertEquals(List.of(50_000, 50_000, 20_001), parts.stream().map(List::size).toList());
        assertEquals(urls, parts.stream().flatMap(List::stream).toList());
    }

    @Test
    void aSitemapIsSplitBeforeFiftyMegabytes() throws IOException {
        String longPath = "x".repeat(2_000);
        List<SitemapWriter.Url> urls = IntStream.range(0, 30_000)
                .mapToObj(n -> new SitemapWriter.Url("https://news.example.org/" + longPath + n, null)).toList();
        List<List<SitemapWriter.Url>> parts = SitemapWriter.parts(urls);
        assertEquals(2, parts.size());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        new SitemapWriter().urlset(parts.get(0), first);
        assertTrue(first.size() <= SitemapWriter.MAX_BYTES, first.size() + " bytes");
        assertTrue(first.size() > SitemapWriter.MAX_BYTES * 95 / 100, "only " + first.size() + " bytes");
    }

    @Test
    void theNewsSitemapHoldsTheTwoDaysUpToTheNewestArticleAtMostAThousand() {
        Instant newest = Instant.parse("2026-11-30T12:00:00Z");
        List<DatedStory> newestFirst = new ArrayList<>();
        for (int hours = 0; hours <= 72; hours += 6) {
            newestFirst.add(new DatedStory("h" + hours, newest.minus(Duration.ofHours(hours))));
        }
        List<DatedStory> news = Sitemaps.newsArticles(newestFirst);
        assertEquals(List.of("h0", "h6", "h12", "h18", "h24", "h30", "h36", "h42", "h48"),
                news.stream().map(DatedStory::id).toList());

        List<DatedStory> many = IntStream.range(0, 1_500)
                .mapToObj(n -> new DatedStory("m" + n, newest.minusSeconds(n))).toList();
        assertEquals(1_000, Sitemaps.newsArticles(many).size());
        assertEquals(List.of(), Sitemaps.newsArticles(List.<DatedStory>of()));
    }

    @Test
    void googleNewsLanguagesAreIso639CodesButForChinese() {
        assertEquals("en", SitemapWriter.newsLanguage("en-GB"));
        assertEquals("de", SitemapWriter.newsLanguage("de"));
        assertEquals("zh-cn", SitemapWriter.newsLanguage("zh-Hans"));
        assertEquals("zh-tw", SitemapWriter.newsLanguage("zh-TW"));
        assertEquals("zh-tw", SitemapWriter.newsLanguage("zh-Hant-HK"));
    }
}
