package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An older page is rendered around its teasers and the teasers put in their place: whatever the
 * site's title holds, each article's teaser is there once, in order, where the list goes.
 */
class OlderPageTest {

    private static final List<Article> ARTICLES = List.of(story("third", 3), story("second", 2), story("first", 1));

    @Test
    void eachTeaserStandsOnceInOrderBetweenTheHeadingAndThePagination() {
        String page = new PageRenderer(SiteSettings.defaults().withTitle("The Desk")).olderPage(null, 1, 2, ARTICLES);

        assertTeasersInPlace(page);
    }

    @Test
    void aTitleThatHoldsTheMarkerForTheTeasersDoesNotMoveThem() {
        // the marker the page is rendered around, which the title of no real site holds
        String page = new PageRenderer(SiteSettings.defaults().withTitle("Desk \0teasers\0 News"))
                .olderPage(null, 1, 2, ARTICLES);

        assertTeasersInPlace(page);
        assertTrue(page.contains("<title>Desk \0teasers\0 News, page 1"), page);
    }

    @Test
    void aPageWithoutArticlesKeepsAMarkerInTheTitleAndSaysItHasNone() {
        String page = new PageRenderer(SiteSettings.defaults().withTitle("Desk \0teasers\0 News"))
                .olderPage(null, 1, 2, List.of());
        String whole = new PageRenderer(SiteSettings.defaults().withTitle("Desk News")).olderPage(null, 1, 2, List.of());

        assertTrue(page.contains("<title>Desk \0teasers\0 News, page 1"), page);
        assertEquals(whole.replace("Desk News", "Desk \0teasers\0 News"), page);
        assertEquals(0, Pattern.compile("<article class=\"teaser\"").matcher(page).results().count(), page);
    }

    private static void assertTeasersInPlace(String page) {
        assertEquals(3, Pattern.compile("<article class=\"teaser\"").matcher(page).results().count(), page);
        int heading = page.indexOf("<h1>");
        int third = page.indexOf(">Story third</a>");
        int second = page.indexOf(">Story second</a>");
        int first = page.indexOf(">Story first</a>");
        int pagination = page.indexOf("<nav class=\"pagination\"");
        assertTrue(heading < third && third < second && second < first && first < pagination, page);
        assertTrue(page.contains("</article>\n<article class=\"teaser\""), page);
    }

    private static Article story(String id, int day) {
        return new Article(id, "Story " + id, "Summary of " + id + ".", "<p>Body</p>",
                Instant.parse("2026-11-0" + day + "T08:00:00Z"), null, List.of(), List.of(), null, null, null, null,
                List.of(), false, null);
    }
}
