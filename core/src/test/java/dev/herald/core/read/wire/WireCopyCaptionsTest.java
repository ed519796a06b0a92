package dev.herald.core.read.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photo captions and their credits in wire copy: over or under the headline, in the forms
 * agencies and newsrooms write them, and further down the story.
 */
class WireCopyCaptionsTest {

    @TempDir
    Path folder;

    @Test
    void takesTheCreditsAgenciesWriteInParenthesesAndBrackets() throws IOException {
        assertCaption("Officials tour the harbour in Lisbon, Monday, Dec. 2, 2024.", "AP Photo/J. Scott Nowak",
                "Officials tour the harbour in Lisbon, Monday, Dec. 2, 2024. (AP Photo/J. Scott Nowak)");
        assertCaption("Night trains wait in Paris on December 1, 2024.", "Photo by Marie DURAND / AFP",
                "Night trains wait in Paris on December 1, 2024. (Photo by Marie DURAND / AFP)");
        assertCaption("Ministers meet in Brussels.", "Photo by Jan Smit/Getty Images",
                "Ministers meet in Brussels. (Photo by Jan Smit/Getty Images)");
        assertCaption("Fishing boats at dawn in Dakar.", "Awa Diop/Al Jazeera",
                "Fishing boats at dawn in Dakar. [Awa Diop/Al Jazeera]");
        assertCaption("A ferry leaves Piraeus.", "REUTERS/J. Scott/File Photo",
                "A ferry leaves Piraeus. REUTERS/J. Scott/File Photo");
        assertCaption("Storm clouds over the port.", "Photographer: Lena Berg/Bloomberg",
                "Storm clouds over the port. Photographer: Lena Berg/Bloomberg");
        // after the caption's last sentence, any newsroom's credit in parentheses, glued on or not
        assertCaption("Divers inspect the pier on Dec. 2, 2024.", "Harbour Rescue Service/Telegram",
                "Divers inspect the pier on Dec. 2, 2024. (Harbour Rescue Service/Telegram)");
        assertCaption("The pier after the storm.", "Coast News: Jo Lee", "The pier after the storm.(Coast News: Jo Lee)");
        // a copyright mark between caption and credit is neither's
        assertCaption("FILE - Cranes at the harbour, Oct. 5, 2024", "AP Photo/Ana Lima, File",
                "FILE - Cranes at the harbour, Oct. 5, 2024 - Copyright AP Photo/Ana Lima, File");
    }

    @Test
    void takesACreditOnTheLinesUnderItsCaption() throws IOException {
        // as a page with "hide caption" and "toggle caption" buttons copies: the credit, the buttons, the credit again
        Article article = read("harbour.txt", """
                Cranes unload the first ship at the rebuilt pier.
                Ana Lima/AP
                hide caption
                toggle caption
                Ana Lima/AP
                Harbour Reopens After Storm Repairs
                December 3, 2024 5:00 AM ET
                By Jo Park
                The harbour reopened on Monday after three months of repairs.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbour Reopens After Storm Repairs", article.title());
        assertEquals(new Image(null, "Cranes unload the first ship at the rebuilt pier.", "Ana Lima/AP", null),
                article.image());
        assertEquals(List.of("Jo Park"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("<p>The harbour reopened on Monday after three months of repairs.</p>\n", article.contentHtml());
    }

    @Test
    void readsABroadcastersHeadWithItsLocalNewsroomTopicAndCaption() throws IOException {
        Article article = read("storm.txt", """
                Storm cuts power to coastal towns
                By Jo Lee
                ABC Coast
                Topic:Storms
                Posted 3h ago, updated 1h ago
                A fallen tree blocks the road into Harbour Bay.(ABC News: Jo Lee)
                Thousands of homes lost power overnight as the storm crossed the coast.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jo Lee"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals(new Image(null, "A fallen tree blocks the road into Harbour Bay.", "ABC News: Jo Lee", null),
                article.image());
        assertEquals("<p>Thousands of homes lost power overnight as the storm crossed the coast.</p>\n",
                article.contentHtml());
    }

    @Test
    void aCreditInParenthesesInTheStoryIsNoCaption() throws IOException {
        Article article = read("prices.txt", """
                Harbour Fees Rise
                Fees at the harbour rose by 4% last year. (Source: Port Authority)
                Shipping lines said they would pass the cost on.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(null, article.image());
        assertEquals("""
                <p>Fees at the harbour rose by 4% last year. (Source: Port Authority)</p>
                <p>Shipping lines said they would pass the cost on.</p>
                """, article.contentHtml());
    }

    private void assertCaption(String caption, String credit, String line) throws IOException {
        Article article = read("harbour.txt", line + "\nHarbour Reopens\nThe harbour reopened on Monday.\n",
                SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbour Reopens", article.title(), line);
        assertEquals(new Image(null, caption, credit, null), article.image(), line);
        assertEquals("<p>The harbour reopened on Monday.</p>\n", article.contentHtml(), line);
    }

    @Test
    void aHeadlineEndingInParenthesesIsNoCaption() throws IOException {
        Article article = read("vote.txt", "Harbour Vote Delayed (Update 2)\nThe council put off its vote (APEC talks).\n",
                SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbour Vote Delayed (Update 2)", article.title());
        Article syndicated = read("oil.txt", "Oil Prices Rise on Supply Worries (Reuters)\nOil rose on Monday.\nMore.\n",
                SiteSettings.defaults()).articleList().get(0);
        assertEquals("Oil Prices Rise on Supply Worries (Reuters)", syndicated.title());
        assertEquals(null, syndicated.image());
        assertEquals(null, article.image());
        assertEquals("<p>The council put off its vote (APEC talks).</p>\n", article.contentHtml());
    }

    @Test
    void takesACaptionUnderTheHeadline() throws IOException {
        Article article = read("lviv-trams.txt", """
                Lviv Reopens Its Oldest Tram Line
                Workers repair a tram line in Lviv. REUTERS/Ola Nowak
                Lviv reopened its oldest tram line on Monday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Lviv Reopens Its Oldest Tram Line", article.title());
        assertEquals(new Image(null, "Workers repair a tram line in Lviv.", "REUTERS/Ola Nowak", null), article.image());
        assertEquals("Lviv reopened its oldest tram line on Monday.", article.summary());
    }

    @Test
    void warnsOfTheCaptionsDateOnlyWhenThereIsACaption() throws IOException {
        ReadResult result = read("vote.txt", "Council Approves Budget\nThe council approved the budget.\n",
                SiteSettings.defaults());
        assertEquals(List.of("vote.txt:1: warning: published: no date in a sidecar or option: using the file's"
                + " modification time 2024-11-26T10:00:00Z"),
                result.problems().stream().map(p -> p.toString().replace(folder + "/", "")).toList());
    }

    @Test
    void takesTheBbcsImageSourceAndCaptionLines() throws IOException {
        Article article = read("port.txt", """
                Port Strike Ends After Nine Days
                By Ana Lima
                Image source, Getty Images
                Image caption, Dockers at the gate in Lisbon on Friday
                Dock workers returned on Friday after a nine-day strike.
                Image source, EPA
                Image caption, Cranes stood still for nine days
                Trade resumed on Saturday.
                Image source, Reuters
                Ships waited offshore.
                Image caption, A queue of ships off Sines
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(new Image(null, "Dockers at the gate in Lisbon on Friday", "Getty Images", null), article.image());
        assertEquals("""
                <p>Dock workers returned on Friday after a nine-day strike.</p>
                <figure><figcaption>Cranes stood still for nine days <small>EPA</small></figcaption></figure>
                <p>Trade resumed on Saturday.</p>
                <p>Ships waited offshore.</p>
                <figure><figcaption>A queue of ships off Sines</figcaption></figure>
                """, article.contentHtml());
        assertEquals("Dock workers returned on Friday after a nine-day strike.", article.summary());
        assertEquals(List.of("Ana Lima"), article.authors().stream().map(a -> a.name()).toList());
    }

    @Test
    void keepsTheStoryBeforeAPhotoFurtherDown() throws IOException {
        Article article = read("port.txt", """
                Port Strike Ends
                Dock workers returned on Friday.
                Cranes moved again by noon.
                Cranes at the port of Sines. REUTERS/Jo Park
                What Comes Next
                Talks resume in March.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Port Strike Ends", article.title());
        assertEquals("Dock workers returned on Friday.", article.summary());
        // a sentence that opens like a sign-off is the story's, and so is what follows it
        Article letters = read("letters.txt", """
                Letters Reach the Harbour
                The post came by ferry.
                Writing by hand, the dockers thanked the crews.
                Editing by committee took weeks.
                The letters arrived on Monday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(true, letters.contentHtml().endsWith("<p>The letters arrived on Monday.</p>\n"),
                letters.contentHtml());
    }

    @Test
    void makesACaptionWithAPhotographersCreditFurtherDownAFigure() throws IOException {
        Article article = read("port.txt", """
                Port Strike Ends
                Nine days of stoppage end with a wage deal
                Cranes at the port of Sines. Photograph: Jo Park/Reuters
                Dock workers returned on Friday.
                Figures from Reuters
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Port Strike Ends", article.title());
        assertEquals("""
                <p>Nine days of stoppage end with a wage deal</p>
                <figure><figcaption>Cranes at the port of Sines. <small>Photograph: Jo Park/Reuters</small></figcaption></figure>
                <p>Dock workers returned on Friday.</p>
                <h2>Figures from Reuters</h2>
                """, article.contentHtml());
    }

    @Test
    void takesNoGalleryCountAndNoListsShortHeadingForTheCaptionAndSummary() throws IOException {
        Article article = read("gallery.txt", """
                Item 1 of 3 Harbour cranes stand idle during a strike in Rotterdam. REUTERS/Piet Jansen
                Dutch dockers extend strike as talks stall

                Summary
                - Strike enters third week
                - 40 ships wait to unload

                ROTTERDAM, Dec 3 (Reuters) - Dock workers in Rotterdam extended their strike on Tuesday, unions said.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbour cranes stand idle during a strike in Rotterdam.", article.image().caption());
        assertEquals("ROTTERDAM, Dec 3 (Reuters) - Dock workers in Rotterdam extended their strike on Tuesday, unions said.",
                article.summary());
    }

    private ReadResult read(String name, String text, SiteSettings site) throws IOException {
        return WireCopyFiles.read(folder, name, text, site);
    }
}
