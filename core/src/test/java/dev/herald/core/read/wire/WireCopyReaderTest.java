package dev.herald.core.read.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.SharedFiles;
import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireCopyReaderTest {

    private static final Instant FILE_TIME = Instant.parse("2024-11-26T10:00:00Z");

    private static final String STORY = """
            Workers repair a tram line in Lviv, Ukraine, March 3, 2024. AP Photo/Ola Nowak
            Lviv Reopens Its Oldest Tram Line
            Lviv reopened its oldest tram line on Monday after two years of repairs, the city council said.
            Rails and Wires
            Crews replaced four kilometres of rails. Lviv paid for most of the work with a loan from the EBRD.
            “It is like meeting an old friend,” one passenger said.
            What Comes Next
            The EBRD said a second line in Lviv would follow next year.
            Share
            Advertisement
            COMMENTS""";

    @TempDir
    Path folder;

    @Test
    void splitsCaptionCreditHeadlineHeadingsAndParagraphs() throws IOException {
        ReadResult result = read("lviv-trams.txt", STORY, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("lviv-trams", article.id());
        assertEquals("Lviv Reopens Its Oldest Tram Line", article.title());
        assertEquals(new Image(null, "Workers repair a tram line in Lviv, Ukraine, March 3, 2024.", "AP Photo/Ola Nowak", null),
                article.image());
        assertEquals("Lviv reopened its oldest tram line on Monday after two years of repairs, the city council said.",
                article.summary());
        assertEquals("""
                <p>Lviv reopened its oldest tram line on Monday after two years of repairs, the city council said.</p>
                <h2>Rails and Wires</h2>
                <p>Crews replaced four kilometres of rails. Lviv paid for most of the work with a loan from the EBRD.</p>
                <p>“It is like meeting an old friend,” one passenger said.</p>
                <h2>What Comes Next</h2>
                <p>The EBRD said a second line in Lviv would follow next year.</p>
                """, article.contentHtml());
        assertEquals(FILE_TIME, article.published());
        assertEquals(List.of("lviv-trams.txt:2: warning: published: no date in a sidecar or option: using the file's"
                + " modification time 2024-11-26T10:00:00Z (a date in the caption belongs to the photo)"),
                result.problems().stream().map(p -> p.toString().replace(folder + "/", "")).toList());
    }

    @Test
    void suggestsRecurringProperNounsAndAcronymsAsTags() throws IOException {
        Article article = read("lviv-trams.txt", STORY, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("lviv", "ebrd"), article.tags().stream().map(Tag::slug).toList());
    }

    @Test
    void takesNoCapitalOfATitleCaseHeadlineForAProperNoun() throws IOException {
        String story = """
                Riot police stand guard in Paris, France, May 1, 2025. AFP
                May Day Marches Draw Thousands in Paris
                Thousands marched through Paris on Thursday, and the unions said turnout beat last year's.
                Police Keep Their Distance
                Police watched from the side streets. Thousands more marched in Lyon.
                """;
        Article article = read("may-day.txt", story, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("paris"), article.tags().stream().map(Tag::slug).toList());
    }

    @Test
    void suggestsNamesOfSeveralWordsAndCountsASurnameForTheFullName() throws IOException {
        String story = """
                Trade Ministers Meet in Geneva
                The European Union is preparing its answer to new tariffs announced by the United States on Tuesday, officials in Brussels said.
                Trade Commissioner Maria Lindqvist told reporters that the European Union would not rush a reply.
                "We will answer calmly," Lindqvist said. Talks with the United States go on, and Lindqvist expects a deal.
                Farmers in Eastern Europe fear the tariffs most. Europe buys less from the U.S. than before, and the U.S. buys more from Europe.
                """;
        Article article = read("tariffs.txt", story, SiteSettings.defaults()).articleList().get(0);
        // Lindqvist three times, as the full name once; Eastern Europe is no Europe; "U.S." twice for the United States
        assertEquals(List.of("United States", "Maria Lindqvist", "Europe", "European Union"),
                article.tags().stream().map(Tag::label).toList());
    }

    @Test
    void prefersTheSiteVocabularyForTags() throws IOException {
        SiteSettings site = new SiteSettings("S", "", SiteSettings.DEFAULT_BASE_URL, "en", List.of(),
                List.of(Slugs.tag("Rails").orElseThrow(), Slugs.tag("Transport").orElseThrow(), Slugs.tag("Lviv").orElseThrow()));
        Article article = read("lviv-trams.txt", STORY, site).articleList().get(0);
        assertEquals(List.of("lviv", "rails"), article.tags().stream().map(Tag::slug).toList());
    }

    @Test
    void takesDateTagsSourceAndImageUrlFromTheSidecar() throws IOException {
        Files.writeString(folder.resolve("lviv-trams.meta.yaml"), """
                id: lviv-tram-line
                published: 2024-03-04T09:00:00Z
                tags: [Lviv, Transport]
                source: {name: Example Wire, url: "https://wire.example.com/"}
                image: {url: "https://example.org/tram.jpg"}
                """);
        ReadResult result = read("lviv-trams.txt", STORY, SiteSettings.defaults());
        assertEquals(List.of(), result.problems());
        Article article = result.articleList().get(0);
        assertEquals("lviv-tram-line", article.id());
        assertEquals(Instant.parse("2024-03-04T09:00:00Z"), article.published());
        assertEquals(List.of("lviv", "transport"), article.tags().stream().map(Tag::slug).toList());
        assertEquals(new Source("Example Wire", java.net.URI.create("https://wire.example.com/")), article.source());
        assertEquals(new Image(java.net.URI.create("https://example.org/tram.jpg"),
                "Workers repair a tram line in Lviv, Ukraine, March 3, 2024.", "AP Photo/Ola Nowak", null), article.image());
    }

    @Test
    void reportsSidecarProblemsUnderTheSidecarsName() throws IOException {
        Files.writeString(folder.resolve("lviv-trams.meta.yaml"), "published: last week\ntagz: [x]\n");
        ReadResult result = read("lviv-trams.txt", STORY, SiteSettings.defaults());
        assertEquals(List.of(), result.articles());
        assertEquals(List.of(
                "lviv-trams.meta.yaml:2: unknown key \"tagz\" (did you mean \"tags\"?)",
                "lviv-trams.meta.yaml:1: published: is not a date-time: \"last week\""
                        + " (use 2024-11-28T09:30:00Z, 2024-11-28T09:30+01:00 or 2024-11-28)"),
                result.problems().stream().map(p -> p.toString().replace(folder + "/", "")).toList());
    }

    @Test
    void readsTheSharedReutersSample() throws IOException {
        Path sample = SharedFiles.require("samples/wire-article.txt");
        Path copy = folder.resolve("wire-article.txt");
        Files.copy(sample, copy, StandardCopyOption.REPLACE_EXISTING);
        ReadResult result = ArticleReader.forSite(SiteSettings.defaults()).read(copy);
        Article article = result.articleList().get(0);
        assertEquals("Ukraine Renews Push for NATO Membership Invitation", article.title());
        assertEquals("REUTERS/Alina Smutko/File Photo", article.image().credit());
        assertFalse(article.image().caption().contains("REUTERS"), article.image().caption());
        assertTrue(article.image().caption().endsWith("November 22, 2024."), article.image().caption());
        assertEquals(List.of("The Case for Immediate NATO Membership", "Divisions Among NATO Allies",
                "Strategic Concerns and U.S. Influence", "Broader Implications"), headings(article.contentHtml()));
        assertFalse(article.contentHtml().contains("COMMENTS"));
        assertTrue(article.summary().startsWith("Ukrainian Foreign Minister Andrii Sybiha has called on NATO allies"));
        List<String> slugs = article.tags().stream().map(Tag::slug).toList();
        assertTrue(slugs.containsAll(List.of("ukraine", "nato", "russia")), slugs.toString());
    }

    private static List<String> headings(String html) {
        Matcher matcher = Pattern.compile("<h2>(.*?)</h2>").matcher(html);
        return matcher.results().map(m -> m.group(1)).toList();
    }

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
    void readsTheHeadsOfMorePagesAsTheyCopy() throws IOException {
        // the photographer in capitals before the agency; a newsroom's story from an agency's copy; a time
        // stamp with its place; a reading time and the page's buttons
        Article ferry = read("ferry.txt", """
                Passengers board the night ferry in Marseille on November 26, 2024. ANA LIMA / AFP
                Night ferry to Corsica returns after two years
                The operator said bookings had passed its forecasts.
                Harbour Daily with AFP
                Published on December 3, 2024, at 2:12 pm (Paris)
                Time to 1 min.
                Subscribers only
                The night ferry between Marseille and Ajaccio sailed again on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Night ferry to Corsica returns after two years", ferry.title());
        assertEquals(new Image(null, "Passengers board the night ferry in Marseille on November 26, 2024.",
                "ANA LIMA / AFP", null), ferry.image());
        assertEquals("""
                <p>The operator said bookings had passed its forecasts.</p>
                <p>The night ferry between Marseille and Ajaccio sailed again on Tuesday.</p>
                """, ferry.contentHtml());
        // the page's sections above the headline; a reading time; names alone beside times with "am"
        ReadResult exports = read("exports.txt", """
                World
                Economy
                Harbour exports rise faster than expected in November
                Shipments grew 6.7 per cent from a year earlier
                Reading Time:3 minutes
                Why you can trust Harbour Daily
                Jo Park
                Published: 11:32am, 3 Dec 2024
                Exports grew faster than expected in November, customs data showed on Tuesday.
                """, SiteSettings.defaults());
        Article rise = exports.articleList().get(0);
        assertEquals("Harbour exports rise faster than expected in November", rise.title());
        assertEquals(List.of("Jo Park"), rise.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>Shipments grew 6.7 per cent from a year earlier</p>
                <p>Exports grew faster than expected in November, customs data showed on Tuesday.</p>
                """, rise.contentHtml());
        assertTrue(exports.problems().stream().anyMatch(p -> p.toString().endsWith("exports.txt:1: warning: the 2 lines"
                + " above the headline (\"World\" …) taken for the page's sections and left out")),
                exports.problems().toString());
        // a source in parentheses after the first line's sentence over a headline; the writer's role and
        // time stamp; a label over a photo further down; a copyright line with no year first
        Article patrol = read("patrol.txt", """
                Coast guards patrol the bay in a handout photo published December 2, 2024. (Harbour Coast Guard)
                Coast guard rescues six from sinking yacht
                Tom Lee
                Harbour correspondent @TomLee
                Tuesday 3 December 2024 11:21, UK
                Follow
                Six sailors were rescued from a sinking yacht off the harbour on Monday night.
                Image:
                The yacht's crew on the quay. Pic: Jo Park
                Copyright Harbour Daily Limited 2024. All rights reserved.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Coast guard rescues six from sinking yacht", patrol.title());
        assertEquals(new Image(null, "Coast guards patrol the bay in a handout photo published December 2, 2024.",
                "Harbour Coast Guard", null), patrol.image());
        assertEquals(List.of("Tom Lee"), patrol.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>Six sailors were rescued from a sinking yacht off the harbour on Monday night.</p>
                <figure><figcaption>The yacht's crew on the quay. <small>Pic: Jo Park</small></figcaption></figure>
                """, patrol.contentHtml());
    }

    @Test
    void takesACreditAfterABarAndAWritersNameBesideTheNewsroomAndTimeStamps() throws IOException {
        Article article = read("transit.txt", """
                Streetcars wait at the harbour yard on Monday. | HARBOUR WIRE
                Transit workers reach tentative deal, averting strike
                Jo Park · Harbour News · Posted: Dec 03, 2024 4:00 AM EST | Last Updated: 2 hours ago
                Transit workers reached a tentative agreement with the city early Tuesday, averting a strike.
                The deal still needs to be ratified by members.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(new Image(null, "Streetcars wait at the harbour yard on Monday.", "HARBOUR WIRE", null),
                article.image());
        assertEquals(List.of("Jo Park"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>Transit workers reached a tentative agreement with the city early Tuesday, averting a strike.</p>
                <p>The deal still needs to be ratified by members.</p>
                """, article.contentHtml());
    }

    @Test
    void readsAStampAboveTheHeadlineANewsroomAfterTheWriterAndAVideosButtons() throws IOException {
        Article vote = read("vote.txt", """
                Dec 3, 2024 - Politics
                Council passes harbour budget after long night
                By Jane Roe Harbour News
                close
                Video
                The council passed the harbour budget early on Tuesday after a nine-hour debate.
                Go deeper: What the budget means for ferries
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Council passes harbour budget after long night", vote.title());
        assertEquals(List.of("Jane Roe"), vote.authors().stream().map(a -> a.name()).toList());
        assertEquals("<p>The council passed the harbour budget early on Tuesday after a nine-hour debate.</p>\n",
                vote.contentHtml());
        // a writer's name over the newsroom's, in capitals, over the time stamp
        Article snow = read("snow.txt", """
                Lake snow buries towns along the shore
                Jo Park
                HARBOUR TODAY
                Dec. 3, 2024, 6:05 a.m. ET
                Lake snow piled up across the shore towns on Monday, closing schools and roads.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jo Park"), snow.authors().stream().map(a -> a.name()).toList());
        assertEquals("<p>Lake snow piled up across the shore towns on Monday, closing schools and roads.</p>\n",
                snow.contentHtml());
    }

    @Test
    void aShortLineOpenedByACommaUnderTheBylineIsItsPlace() throws IOException {
        ReadResult result = read("comma.txt", "Harbour reopens after storm\nBy Jo Park\n, Plymouth\n"
                + "The harbour reopened on Monday after repairs.\n", SiteSettings.defaults());
        assertEquals(List.of("Jo Park"), result.articleList().get(0).authors().stream().map(a -> a.name()).toList(),
                result.problems().toString());
        assertEquals("The harbour reopened on Monday after repairs.", result.articleList().get(0).summary());
    }

    @Test
    void aShortHeadlineOverItsStoryIsNoSection() throws IOException {
        Article article = read("strike.txt", """
                Strike Over
                Dock workers returned on Friday after a nine-day strike.
                By Jo Park
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Strike Over", article.title());
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
    void makesBulletedLinesAList() throws IOException {
        Article article = read("grain.txt", """
                Ministers Agree on Grain Deal
                • Exports resume next week
                Ministers agreed on Friday to extend the grain corridor.
                Key points
                • Inspections stay in place
                - The deal runs for six months
                — We are ready, the minister said.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Ministers agreed on Friday to extend the grain corridor.", article.summary());
        assertEquals("""
                <ul>
                <li>Exports resume next week</li>
                </ul>
                <p>Ministers agreed on Friday to extend the grain corridor.</p>
                <h2>Key points</h2>
                <ul>
                <li>Inspections stay in place</li>
                <li>The deal runs for six months</li>
                </ul>
                <p>— We are ready, the minister said.</p>
                """, article.contentHtml());
    }

    @Test
    void takesTheBylineForAuthorsAndKeepsTheSignOffAParagraph() throws IOException {
        Article article = read("port.txt", """
                Port Strike Ends After Nine Days
                By Ana Lima and Tomás de Souza, Reuters
                4 min read
                Dock workers returned on Friday after a nine-day strike.
                Reporting by Ana Lima and Jo Park; Writing by Ana Lima; Editing by Jo Park
                Our Standards: The Thomson Reuters Trust Principles.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Ana Lima", "Tomás de Souza"), article.authors().stream().map(a -> a.name()).toList());
        // the writers named twice are no subject of the story: no tags from the byline or the sign-off
        assertEquals(List.of(), article.tags());
        assertEquals("Dock workers returned on Friday after a nine-day strike.", article.summary());
        assertEquals("""
                <p>Dock workers returned on Friday after a nine-day strike.</p>
                <p>Reporting by Ana Lima and Jo Park; Writing by Ana Lima; Editing by Jo Park</p>
                """, article.contentHtml());
    }

    @Test
    void takesAnEditorsLineForASignOffNotAHeading() throws IOException {
        Article article = read("port.txt", """
                Port Strike Ends After Nine Days
                Dock workers returned on Friday after a nine-day strike.
                Edited by: Jo Park
                Send us your feedback
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("""
                <p>Dock workers returned on Friday after a nine-day strike.</p>
                <p>Edited by: Jo Park</p>
                """, article.contentHtml());
    }

    @Test
    void writesAShoutedBylineAsNamesAndTakesAContributorLineForASignOff() throws IOException {
        ReadResult result = read("grid.txt", """
                Power Returns to Most of Kharkiv
                By HANNA KOVAL and SEAN O'NEIL
                KHARKIV (AP) — Crews restored power to most of Kharkiv on Tuesday.
                ___
                Associated Press writer Jo Park in London contributed to this report.
                Jo Park
                Most read
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals(List.of("Hanna Koval", "Sean O'Neil"), article.authors().stream().map(a -> a.name()).toList());
        // the rule drawn with underscores is no heading; what follows the contributor line is the page's footer
        assertEquals("""
                <p>KHARKIV (AP) — Crews restored power to most of Kharkiv on Tuesday.</p>
                <p>Associated Press writer Jo Park in London contributed to this report.</p>
                """, article.contentHtml());
        // the writer named twice is no subject of the story
        assertEquals(List.of("kharkiv"), article.tags().stream().map(Tag::slug).toList());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("after the sign-off")),
                result.problems().toString());
    }

    @Test
    void aCapitalInAPhotoCaptionShowsANameTheStoryOpensSentencesWith() throws IOException {
        Article article = read("trains.txt", """
                Commuters wait for a train at a station in Downtown Tokyo. Photograph: Kenji Sato/Getty Images
                Night Trains for the Capital
                Tokyo will run trains through the night on weekends from April, officials said on Friday.
                Tokyo has tried this once before. The trial covers four lines.
                """, SiteSettings.defaults()).articleList().get(0);
        // the caption's "Downtown Tokyo" is the photo's place: the story's Tokyo is not counted for it
        assertEquals(List.of("tokyo"), article.tags().stream().map(Tag::slug).toList());
    }

    @Test
    void takesABylineAndACaptionUnderTheHeadlineInEitherOrder() throws IOException {
        for (String head : List.of("By Ana Lima\nDockers at the gate. (AP Photo/Jo Park)",
                "Dockers at the gate. (AP Photo/Jo Park)\nBy Ana Lima")) {
            Article article = read("port.txt", "Port Strike Ends\n" + head + "\nDock workers returned on Friday.\n",
                    SiteSettings.defaults()).articleList().get(0);
            assertEquals("Port Strike Ends", article.title(), head);
            assertEquals(List.of("Ana Lima"), article.authors().stream().map(a -> a.name()).toList(), head);
            assertEquals(new Image(null, "Dockers at the gate.", "AP Photo/Jo Park", null), article.image(), head);
            assertEquals("<p>Dock workers returned on Friday.</p>\n", article.contentHtml(), head);
        }
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
    void dropsThePagesTimeStampsUnderTheHeadline() throws IOException {
        for (String stamps : List.of("December 3, 2024 10:21 AM GMT+1 Updated 2 hours ago",
                "Published 03.12.2024, 10:21\nUpdated: Tue 3 Dec 2024 11.05 CET", "2024-12-03T10:21:00Z")) {
            Article article = read("port.txt", "Port Strike Ends\nBy Ana Lima\n" + stamps
                    + "\nLISBON, Dec 3 (Reuters) - Dock workers returned on Friday.\n", SiteSettings.defaults())
                    .articleList().get(0);
            assertEquals("LISBON, Dec 3 (Reuters) - Dock workers returned on Friday.", article.summary(), stamps);
            assertEquals(List.of("Ana Lima"), article.authors().stream().map(a -> a.name()).toList(), stamps);
        }
        // a short line of words and a year is a heading of the story, not a time stamp
        Article article = read("port.txt", "Port Strike Ends\nDock workers returned on Friday.\nPlans for 2025\nMore.\n",
                SiteSettings.defaults()).articleList().get(0);
        assertEquals("<p>Dock workers returned on Friday.</p>\n<h2>Plans for 2025</h2>\n<p>More.</p>\n",
                article.contentHtml());
    }

    @Test
    void leavesOutThePagesHeaderAndFooterAndSaysSo() throws IOException {
        ReadResult result = read("port.txt", """
                Skip to main content
                Market news for professionals
                World
                Dockers at the gate in Lisbon. REUTERS/Jo Park
                Port Strike Ends After Nine Days
                By Ana Lima
                Dock workers returned on Friday after a nine-day strike.
                Reporting by Ana Lima; Editing by Jo Park
                Suggested Topics:
                Business
                Sign up here.
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("Port Strike Ends After Nine Days", article.title());
        assertEquals(new Image(null, "Dockers at the gate in Lisbon.", "REUTERS/Jo Park", null), article.image());
        assertEquals("""
                <p>Dock workers returned on Friday after a nine-day strike.</p>
                <p>Reporting by Ana Lima; Editing by Jo Park</p>
                """, article.contentHtml());
        assertEquals(List.of("port.txt:2: warning: the 2 lines before the photo caption (\"Market news for professionals\""
                        + " …) taken for the page's header and left out",
                "port.txt:10: warning: the line after the sign-off (\"Business\" …) taken for the page's footer and left out",
                "port.txt:5: warning: published: no date in a sidecar or option: using the file's modification time"
                        + " 2024-11-26T10:00:00Z (a date in the caption belongs to the photo)"),
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
    void aShortLineOpenedByByIsABylineOnlyWhenItNamesPeople() throws IOException {
        Article article = read("sea.txt", """
                Grain Moves Again
                By Land and Sea
                Grain shipments resumed on Monday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of(), article.authors());
        assertEquals("By Land and Sea", article.summary());
    }

    @Test
    void joinsTheLinesOfCopyWrappedAtAFixedWidthBackIntoParagraphs() throws IOException {
        Article article = read("quarry.txt", """
                Quarry to close after village wins appeal

                By Lena Brandt

                HOLMBY, May 12 (Valley Wire) - The county's oldest quarry will close
                by the end of the year after villagers won their appeal against its
                expansion, the planning court ruled on Monday.

                The operator, Granite Works, said it would not challenge the ruling
                and would offer its 40 workers jobs at its two other sites.

                "We never wanted to stop the quarry, only the blasting at night," said
                Anja Holm, who led the appeal.

                (Reporting by Lena Brandt; Editing by Paul Ek)
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Lena Brandt"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("HOLMBY, May 12 (Valley Wire) - The county's oldest quarry will close by the end of the year after"
                + " villagers won their appeal against its expansion, the planning court ruled on Monday.", article.summary());
        assertEquals("""
                <p>HOLMBY, May 12 (Valley Wire) - The county's oldest quarry will close by the end of the year after \
                villagers won their appeal against its expansion, the planning court ruled on Monday.</p>
                <p>The operator, Granite Works, said it would not challenge the ruling and would offer its 40 workers \
                jobs at its two other sites.</p>
                <p>"We never wanted to stop the quarry, only the blasting at night," said Anja Holm, who led the appeal.</p>
                <p>(Reporting by Lena Brandt; Editing by Paul Ek)</p>
                """, article.contentHtml());
    }

    @Test
    void takesIndentedLinesForParagraphsAndListItemsInWrappedCopyWithoutBlankLines() throws IOException {
        ReadResult result = read("bridge.txt", """
                Bridge repairs to close river crossing for a month
                By Karl Nyman
                   EASTON (Valley Wire) -- Engineers will close the old river bridge
                for four weeks from June 2 to replace its bearings, the county said
                on Wednesday.
                   Buses will cross at the ferry landing instead. The county said it
                chose June because fewer pupils travel then.
                Detours
                   Drivers were given three routes:
                - the northern ring road, which adds twelve minutes to a trip into
                  the town centre at busy times
                - the ferry, free for cars during the works
                - the mill road, for vehicles under three tonnes
                   "It is the quietest month we have," said engineer Maja Lund.
                (Reporting by Karl Nyman in Easton; additional reporting
                by Eva Lind; Editing by Paul Ek)
                Copyright Valley Wire. All rights reserved.
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("""
                <p>EASTON (Valley Wire) -- Engineers will close the old river bridge for four weeks from June 2 to \
                replace its bearings, the county said on Wednesday.</p>
                <p>Buses will cross at the ferry landing instead. The county said it chose June because fewer pupils \
                travel then.</p>
                <h2>Detours</h2>
                <p>Drivers were given three routes:</p>
                <ul>
                <li>the northern ring road, which adds twelve minutes to a trip into the town centre at busy times</li>
                <li>the ferry, free for cars during the works</li>
                <li>the mill road, for vehicles under three tonnes</li>
                </ul>
                <p>"It is the quietest month we have," said engineer Maja Lund.</p>
                <p>(Reporting by Karl Nyman in Easton; additional reporting by Eva Lind; Editing by Paul Ek)</p>
                """, article.contentHtml());
        // a copyright line is page chrome wherever it stands: left out without a word
        assertEquals(1, result.problems().size(), result.problems().toString());
    }

    private static final String RELEASE = """
            FOR IMMEDIATE RELEASE
            Museum opens its doors late on Fridays
            The city museum will stay open until 10 p.m. on Fridays from March, its director said on Monday.
            "Evenings are when most people are free," director Lina Sand said.
            ENDS
            Notes to editors
            The museum has 40 rooms and a cafe.
            Press office: press@museum.example.org
            """;

    @Test
    void leavesOutAPressReleasesMarksAndItsNotesToEditors() throws IOException {
        ReadResult result = read("museum.txt", RELEASE, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("Museum opens its doors late on Fridays", article.title());
        assertEquals("""
                <p>The city museum will stay open until 10 p.m. on Fridays from March, its director said on Monday.</p>
                <p>"Evenings are when most people are free," director Lina Sand said.</p>
                """, article.contentHtml());
        assertEquals(List.of("museum.txt:6: warning: the 3 lines after the end mark \"ENDS\" (\"Notes to editors\" …)"
                + " taken for notes to editors and left out"),
                result.problems().stream().map(p -> p.toString().replace(folder + "/", ""))
                        .filter(p -> !p.contains("modification time")).toList());
    }

    @Test
    void refusesEmbargoedCopyUntilItIsGivenItsTimeAndThenHoldsItUntilThen() throws IOException {
        String embargoed = RELEASE.replace("FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT, 6 MARCH 2026")
                .replace("ENDS", "-30-");
        ReadResult refused = read("museum.txt", embargoed, SiteSettings.defaults());
        assertEquals(List.of(), refused.articleList());
        assertTrue(refused.problems().stream().anyMatch(p -> p.toString().replace(folder + "/", "").equals(
                "museum.txt:1: published: the copy is under embargo (\"EMBARGOED UNTIL 00:01 GMT, 6 MARCH 2026\"):"
                        + " give it the embargo's end as its published time (\"published: …\" in its sidecar"
                        + " NAME.meta.yaml; --published, which dates every undated story, lifts no embargo), and it is"
                        + " held until then")), refused.problems().toString());
        Path file = folder.resolve("museum.txt");
        ReadResult dated = ArticleReader.withDefaultPublished(SiteSettings.defaults(), Instant.parse("2026-03-01T00:00:00Z"))
                .read(file);
        assertEquals(List.of(), dated.articleList(), "--published dates undated copy, not an embargoed story");

        Files.writeString(folder.resolve("museum.meta.yaml"), "published: 2026-03-06T00:01:00Z\n");
        Article held = read("museum.txt", embargoed, SiteSettings.defaults()).articleList().get(0);
        assertEquals(Instant.parse("2026-03-06T00:01:00Z"), held.published());
        assertEquals("Museum opens its doors late on Fridays", held.title());
    }

    @Test
    void takesAHeadlineAboutAnEmbargoForTheHeadline() throws IOException {
        Article article = read("grain.txt", """
                Embargo on grain exports lifted after six months
                The government lifted its embargo on grain exports on Tuesday, the trade ministry said.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Embargo on grain exports lifted after six months", article.title());
    }

    @Test
    void leavesOutLinksToOtherStoriesAndTheContactsAfterAnAssistanceSignOff() throws IOException {
        ReadResult result = read("zinc.txt", """
                Zinc Slides as Smelters Restart in Peru
                By Omar Haddad
                (Bloomberg) -- Zinc fell for a third day as smelters in Peru restarted after a week of floods.
                Read More: Peru's Floods Close Three Smelters
                Prices in Lima and London fell by 2%, traders in Peru said.
                --With assistance from Ines Moro.
                To contact the reporter on this story:
                Omar Haddad in Lima at ohaddad@example.net
                ©2026 Bloomberg L.P.
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("""
                <p>(Bloomberg) -- Zinc fell for a third day as smelters in Peru restarted after a week of floods.</p>
                <p>Prices in Lima and London fell by 2%, traders in Peru said.</p>
                <p>--With assistance from Ines Moro.</p>
                """, article.contentHtml());
        assertEquals(List.of("peru"), article.tags().stream().map(Tag::slug).toList());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("zinc.txt:7: warning: the 2 lines after"
                + " the sign-off (\"To contact the reporter on this story:\" …) taken for the page's footer")),
                result.problems().toString());
    }

    @Test
    void takesAStandfirstAboveTheBylineForTheSummaryAndDropsTheSitesFurniture() throws IOException {
        Article article = read("pier.txt", """
                Pier to reopen for summer after repairs
                Anglers and day-trippers will be back on the boards by June, the harbour board says
                By Nia Evans | Published 2 hours ago
                The pier was damaged in January's storms. (Photo: Owen Price/Coast Courier)
                The town pier will reopen on June 1 after repairs to its deck, the harbour board said on Monday.
                Sign up for our weekly newsletter
                "The pier is the heart of the town in summer," board chair Gwen Hughes said.
                Topics: Harbour, Tourism
                Comments (4)
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Pier to reopen for summer after repairs", article.title());
        assertEquals(List.of("Nia Evans"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("Anglers and day-trippers will be back on the boards by June, the harbour board says", article.summary());
        assertEquals(new Image(null, "The pier was damaged in January's storms.", "Photo: Owen Price/Coast Courier", null),
                article.image());
        assertTrue(article.contentHtml().endsWith("""
                <p>Anglers and day-trippers will be back on the boards by June, the harbour board says</p>
                <p>The town pier will reopen on June 1 after repairs to its deck, the harbour board said on Monday.</p>
                <p>"The pier is the heart of the town in summer," board chair Gwen Hughes said.</p>
                """), article.contentHtml());
    }

    @Test
    void takesAPageTitleWithItsSitesNameForTheHeadlineNotForACaption() throws IOException {
        Article grain = read("grain.txt", """
                Grain prices climb as dry weather hits harvest | Reuters

                CHICAGO, Dec 3 (Reuters) - U.S. wheat futures rose for a third day on Tuesday as dry weather threatened the crop.

                Corn and soybeans also gained in early trading.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Grain prices climb as dry weather hits harvest", grain.title());
        assertNull(grain.image());
        assertTrue(grain.contentHtml().startsWith("<p>CHICAGO, Dec 3 (Reuters) - U.S. wheat futures rose"), grain.contentHtml());
        assertEquals("Rail strike called off after last-minute deal", read("rail.txt", """
                Rail strike called off after last-minute deal - BBC News
                Unions and rail operators reached an agreement early on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0).title());
        // a dash before words that are no newsroom's is the headline's own
        assertEquals("Ferry talks - the view from the islands", read("ferry.txt", """
                Ferry talks - the view from the islands
                Islanders say the timetable leaves them stranded in winter.
                """, SiteSettings.defaults()).articleList().get(0).title());
    }

    @Test
    void leavesOutANewspapersNameAboveTheHeadline() throws IOException {
        ReadResult result = read("harbour.txt", """
                The Daily Courier
                Council approves harbour expansion after late-night vote
                By Mira Hale
                Published 3 hours ago

                The city council approved the harbour expansion plan on Tuesday night after a six-hour debate.

                "This is a good day for the port," said Mayor Tomas Reyes.
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("Council approves harbour expansion after late-night vote", article.title());
        assertEquals(List.of("Mira Hale"), article.authors().stream().map(a -> a.name()).toList());
        assertTrue(article.contentHtml().startsWith("<p>The city council approved"), article.contentHtml());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("harbour.txt:1: warning: the line above"
                + " the headline (\"The Daily Courier\") taken for the site's name and left out")), result.problems().toString());
        // a short headline over its standfirst is no newspaper's name
        Article pier = read("pier-short.txt", """
                Pier Reopens For Summer
                Anglers and day-trippers will be back on the boards by June, the harbour board says
                By Nia Evans
                The town pier will reopen on June 1 after repairs to its deck, the harbour board said on Monday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Pier Reopens For Summer", pier.title());
    }

    @Test
    void takesNamesBesideThePagesTimeStampForTheByline() throws IOException {
        Article article = read("defences.txt", """
                Ministers to review coastal flood defences after winter storms
                Environment secretary orders survey of 300 miles of sea walls as insurers warn of rising claims
                Jane Porter and Sam Okafor in Plymouth
                Tue 3 Dec 2024 10.21 GMT

                Ministers have ordered a review of the country's coastal flood defences after winter storms breached sea walls.

                Insurers warned last week that claims for flood damage had risen by a third.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Porter", "Sam Okafor"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("Environment secretary orders survey of 300 miles of sea walls as insurers warn of rising claims",
                article.summary());
        assertEquals("""
                <p>Environment secretary orders survey of 300 miles of sea walls as insurers warn of rising claims</p>
                <p>Ministers have ordered a review of the country's coastal flood defences after winter storms breached sea walls.</p>
                <p>Insurers warned last week that claims for flood damage had risen by a third.</p>
                """, article.contentHtml());
        // names alone with no time stamp beside them are the story's: here a heading
        Article heading = read("heading.txt", """
                Ferry timetable changes for winter
                Islanders will wait longer for crossings from January.
                Jane Porter Speaks
                The island's councillor said the plan would leave families stranded.
                """, SiteSettings.defaults()).articleList().get(0);
        assertTrue(heading.contentHtml().contains("<h2>Jane Porter Speaks</h2>"), heading.contentHtml());
    }

    @Test
    void leavesTheAgencyAfterTheLastWritersNameOutOfTheByline() throws IOException {
        Article article = read("wildfire.txt", """
                Wildfire forces evacuations near mountain town
                By HANNA KOVAL and MARCO DIAZ Associated Press
                ESTES PARK, Colo. (AP) — A wind-driven wildfire forced hundreds of residents to flee on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Hanna Koval", "Marco Diaz"), article.authors().stream().map(a -> a.name()).toList());
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

    @Test
    void takesNoListsLeadInForTheSummary() throws IOException {
        Article article = read("rates.txt", """
                Central bank holds rates, signals cuts next year

                Key points:
                - Rates held at 4.5% for a third meeting
                - Two members voted for a cut

                The central bank left its main interest rate unchanged on Thursday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("The central bank left its main interest rate unchanged on Thursday.", article.summary());
        assertTrue(article.contentHtml().startsWith("<p>Key points:</p>\n<ul>"), article.contentHtml());
    }

    @Test
    void readsTheHeadsOfNewsSitesPagesAsTheyCopy() throws IOException {
        // a newsroom beside the writer, the page's time stamp, the dateline on a line of its own
        Article port = read("port.txt", """
                Port workers end strike after pay deal
                By Ana Lima, CNN
                Updated 10:21 AM EST, Tue December 3, 2024

                London CNN —
                Dock workers at the country's largest container port ended a two-week strike on Tuesday.

                The union said 85% of members voted for the deal.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Ana Lima"), port.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>London CNN — Dock workers at the country's largest container port ended a two-week strike on Tuesday.</p>
                <p>The union said 85% of members voted for the deal.</p>
                """, port.contentHtml());
        // where the writer reported from, the date, the page's buttons
        Article kyiv = read("kyiv.txt", """
                Kyiv Braces for Another Winter Without Steady Power
                Engineers are racing to repair substations hit by drone strikes as temperatures fall.
                By Jane Doe, Chief Political Correspondent
                Reporting from Kyiv
                Dec. 3, 2024
                Listen to this article · 5:12 min
                Share full article

                Engineers in Kyiv worked through the night on Monday to restore power to three districts.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe"), kyiv.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>Engineers are racing to repair substations hit by drone strikes as temperatures fall.</p>
                <p>Engineers in Kyiv worked through the night on Monday to restore power to three districts.</p>
                """, kyiv.contentHtml());
        // a standfirst over the page's time stamps, no byline
        Article floods = read("floods.txt", """
                Floods displace thousands in southern province
                Heavy rains have swollen rivers across the region, officials say.
                Published On 3 Dec 2024
                3 Dec 2024

                Floods have displaced more than 12,000 people in the southern province, officials said on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Heavy rains have swollen rivers across the region, officials say.", floods.summary());
        assertEquals("""
                <p>Heavy rains have swollen rivers across the region, officials say.</p>
                <p>Floods have displaced more than 12,000 people in the southern province, officials said on Tuesday.</p>
                """, floods.contentHtml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Story by Jane Doe • 2h", "Written by Jane Doe\n3 December 2024", "by Jane Doe\n2 min read",
            "Jane Doe\nDecember 3, 2024 · 3 min read", "By Jane Doe | Updated 5m"})
    void takesTheBylinesOfOtherPagesWithTheirTimeStamps(String head) throws IOException {
        Article article = read("library.txt", "Council votes to keep library open on Sundays\n" + head + """


                The city council voted on Tuesday to keep the central library open on Sundays.

                Library users had collected 4,000 signatures.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>The city council voted on Tuesday to keep the central library open on Sundays.</p>
                <p>Library users had collected 4,000 signatures.</p>
                """, article.contentHtml());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UPDATE 2-Grain prices climb as dry weather hits harvest|Grain prices climb as dry weather hits harvest",
            "RPT-Grain prices climb as dry weather hits harvest|Grain prices climb as dry weather hits harvest",
            "EXCLUSIVE-Carmaker weighs sale of battery unit, sources say|Exclusive: Carmaker weighs sale of battery unit, sources say",
            "Update on the harbour works|Update on the harbour works"})
    void showsAnAgencysHeadlineAsItsPagesDo(String written, String shown) throws IOException {
        Article article = read("slug.txt", written + """

                CHICAGO, Dec 3 (Reuters) - U.S. wheat futures rose for a third day on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(shown, article.title());
    }

    @Test
    void makesATitleOfCopyThatStartsWithItsFirstParagraph() throws IOException {
        String paragraph = "Unions and rail operators reached an agreement early on Tuesday, calling off a strike that"
                + " would have halted freight across the country, officials said.";
        ReadResult result = read("strike.txt", paragraph + "\n\nThe deal includes a 12% raise over three years.\n",
                SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("Unions and rail operators reached an agreement early on Tuesday, calling off…", article.title());
        assertEquals("<p>" + paragraph + "</p>\n<p>The deal includes a 12% raise over three years.</p>\n",
                article.contentHtml());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("strike.txt:1: warning: the first line"
                + " is a paragraph, not a headline")), result.problems().toString());
        // a short headline with a full stop is still a headline
        assertEquals("Council approves harbour plan.", read("plan.txt", "Council approves harbour plan.\n\nThe vote was 7-2.\n",
                SiteSettings.defaults()).articleList().get(0).title());
    }

    @Test
    void readsAnAgencysWebPageAsItCopies() throws IOException {
        Article article = read("dockers.txt", """
                [1/3] Harbour cranes stand idle during a strike in Rotterdam, December 2, 2024. REUTERS/Piet Jansen Purchase Licensing Rights, opens new tab
                Dutch dockers extend strike as talks stall
                By Piet Jansen and Ana Lima
                December 3, 2024 10:21 AM GMT+1Updated 2 hours ago

                ROTTERDAM, Dec 3 (Reuters) - Dock workers in Rotterdam extended their strike on Tuesday, unions said.

                Get a look at the day ahead in global markets with the Morning Bid newsletter. Sign up here.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(new Image(null, "Harbour cranes stand idle during a strike in Rotterdam, December 2, 2024.",
                "REUTERS/Piet Jansen", null), article.image());
        assertEquals(List.of("Piet Jansen", "Ana Lima"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>ROTTERDAM, Dec 3 (Reuters) - Dock workers in Rotterdam extended their strike on Tuesday, unions said.</p>
                """, article.contentHtml());
    }

    @Test
    void leavesOutAShareBarAndTheNoteOnTheWriterAfterTheStory() throws IOException {
        ReadResult result = read("fire.txt", """
                Wildfire forces evacuations near mountain town
                By HANNA KOVAL
                Updated 10:21 AM EST, December 3, 2024
                Share
                Copy
                Link copied
                Facebook
                X
                Reddit
                Flipboard

                ESTES PARK, Colo. (AP) — A wind-driven wildfire forced hundreds of residents to flee on Tuesday.

                The fire had burned about 4 square miles by midday, officials said.

                HANNA KOVAL
                Koval covers the Rocky Mountain region for The Associated Press.
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("""
                <p>ESTES PARK, Colo. (AP) — A wind-driven wildfire forced hundreds of residents to flee on Tuesday.</p>
                <p>The fire had burned about 4 square miles by midday, officials said.</p>
                """, article.contentHtml());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("fire.txt:16: warning: the 2 lines on the"
                + " writer after the story (\"HANNA KOVAL\" …) left out")), result.problems().toString());
    }

    @Test
    void readsABbcPageAsItCopies() throws IOException {
        ReadResult result = read("ferry-bbc.txt", """
                Ferry timetable cuts leave islanders stranded
                2 hours ago
                Share
                Save
                Jane Porter
                BBC News, Plymouth

                Image source, Getty Images
                Image caption, The ferry is the only link to the mainland in winter

                Islanders say new winter timetables will leave them stranded for days at a time.

                The operator said the cuts were needed to save money.

                Related topics
                Plymouth
                Transport
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("Ferry timetable cuts leave islanders stranded", article.title());
        assertEquals(List.of("Jane Porter"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals(new Image(null, "The ferry is the only link to the mainland in winter", "Getty Images", null),
                article.image());
        assertEquals("""
                <p>Islanders say new winter timetables will leave them stranded for days at a time.</p>
                <p>The operator said the cuts were needed to save money.</p>
                """, article.contentHtml());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("ferry-bbc.txt:15: warning: the 3 lines"
                + " from \"Related topics\" on taken for the page's links and left out")), result.problems().toString());
    }

    @Test
    void takesAnAcronymWrittenWithStopsForATag() throws IOException {
        Article article = read("soy.txt", """
                U.S. Soybean Sales to China Rise
                U.S. farmers sold more soybeans to China in November than in any month since 2020, the Agriculture Department said.
                "Buyers told us they wanted U.S. beans before the new tariffs," one trader said.
                Prices rose in the U.S. Exporters in Brazil said they had lost orders to U.S. sellers.
                Writer J.K. Lane of the Farm Journal said China would buy more.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("us", "china"), article.tags().stream().map(Tag::slug).toList());
        assertEquals("US", article.tags().get(0).label());
    }

    @Test
    void leavesOutTheAgencysNotesUnderItsStory() throws IOException {
        Article article = read("dam.txt", """
                Village Votes to Keep Its Old Dam
                MILLBROOK (AP) — Voters in Millbrook chose on Tuesday to repair the village's 200-year-old dam.
                Follow AP's coverage of climate and the environment at https://apnews.com/hub/climate-and-environment
                The Associated Press receives financial support from several private foundations for its climate \
                coverage. The AP is solely responsible for all content.
                Find AP's standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("<p>MILLBROOK (AP) — Voters in Millbrook chose on Tuesday to repair the village's 200-year-old"
                + " dam.</p>\n", article.contentHtml());
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void readsALongLineOfMarksInTimeThatGrowsWithIt() throws IOException {
        // an end mark's pattern tried on 200,000 hashes before a letter took minutes: marks are short
        String story = "Quay Reopens\nThe quay reopened on Monday.\n" + "#".repeat(200_000) + "x\n"
                + "- ".repeat(100_000) + "y\n";
        assertEquals("Quay Reopens", read("quay.txt", story, SiteSettings.defaults()).articleList().get(0).title());
    }

    @Test
    void suggestsANameWrittenInCapitalsAndAsUsualOnceUnderTheNameAsUsual() throws IOException {
        // two tags of one slug put the story twice into that tag's feed
        Article article = read("dock.txt", """
                Dock strike goes on
                ROTTERDAM, Dec 3 (Reuters) - Dock workers in Rotterdam extended their strike on Tuesday.
                The port of Rotterdam said ships were waiting. ROTTERDAM PORT AUTHORITY figures showed a backlog,
                and ROTTERDAM was quiet.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Rotterdam"), article.tags().stream().map(Tag::label).toList());
    }

    @Test
    void putsTheHeadlineFirstWhereAPageCopiedKeyPointsOrTheFirstParagraphAboveIt() throws IOException {
        // ABC's "In short:" box between the photo's caption and the headline
        Article floods = read("floods.txt", """
                Water covers the main street of Harbourton.(ABC News: Jo Lee)
                In short:
                Rain has cut roads to three towns.
                About 150 people left their homes overnight.
                What's next?
                More rain is forecast for Friday.
                Harbourton floods cut off three towns
                By Jo Lee
                Posted Tue 3 Dec 2024 at 6:14am, updated Tue 3 Dec 2024 at 9:02am
                Emergency crews carried out rescues overnight as the river rose.
                Get our local newsletter, delivered free each Tuesday
                Your information is being handled in accordance with the ABC Privacy Collection Statement.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbourton floods cut off three towns", floods.title());
        assertEquals(List.of("Jo Lee"), floods.authors().stream().map(a -> a.name()).toList());
        assertEquals("Rain has cut roads to three towns.", floods.summary());
        assertEquals("""
                <p>In short:</p>
                <p>Rain has cut roads to three towns.</p>
                <p>About 150 people left their homes overnight.</p>
                <p>What's next?</p>
                <p>More rain is forecast for Friday.</p>
                <p>Emergency crews carried out rescues overnight as the river rose.</p>
                """, floods.contentHtml());
        assertEquals(new Image(null, "Water covers the main street of Harbourton.", "ABC News: Jo Lee", null),
                floods.image());

        // the first paragraph over the headline and the desk's credit with the time stamp
        Article air = read("air.txt", """
                HARBOURTON: Air quality in the city stayed 'severe' for a third day on Tuesday, with the index \
                above 400 at most stations.
                Harbourton air quality stays 'severe' for third day
                City Desk / HARBOURTON TIMES / Updated: Dec 3, 2024, 10:32 IST
                Share
                AA
                Schools have moved classes online.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbourton air quality stays 'severe' for third day", air.title());
        assertEquals("""
                <p>HARBOURTON: Air quality in the city stayed 'severe' for a third day on Tuesday, with the index \
                above 400 at most stations.</p>
                <p>Schools have moved classes online.</p>
                """, air.contentHtml());
    }

    @Test
    void takesANameAloneUnderTheHeadlineForTheWriterWhenTheTimeStampStandsAboveIt() throws IOException {
        // Axios sets the time stamp and section above the headline and the writer's name alone under it
        Article article = read("openings.txt", """
                Dec 3, 2024 - Economy
                Harbour job openings rise unexpectedly
                Jo Park
                Job openings at the harbour rose to 7,700 in October, the port said Tuesday.
                Why it matters: Hiring is holding up.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Harbour job openings rise unexpectedly", article.title());
        assertEquals(List.of("Jo Park"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("Job openings at the harbour rose to 7,700 in October, the port said Tuesday.", article.summary());
    }

    @Test
    void leavesOutAVideosTitleAndCaptionCopiedAboveTheHeadline() throws IOException {
        ReadResult result = read("snow.txt", """
                Show Caption
                Hide Caption
                Snow closes mountain roads
                Heavy snow closed three mountain roads on Monday.
                Lake snow buries harbour towns
                Jo Park
                USA TODAY
                Dec. 3, 2024, 6:05 a.m. ET
                Lake snow piled up across the harbour towns on Monday, closing schools.
                """, SiteSettings.defaults());
        Article article = result.articleList().get(0);
        assertEquals("Lake snow buries harbour towns", article.title());
        assertEquals(List.of("Jo Park"), article.authors().stream().map(a -> a.name()).toList());
        assertEquals("<p>Lake snow piled up across the harbour towns on Monday, closing schools.</p>\n",
                article.contentHtml());
        assertTrue(result.problems().get(0).toString().endsWith("snow.txt:3: warning: the 2 lines above the headline"
                + " (\"Snow closes mountain roads\" …) taken for a video's or gallery's title and caption and left out"),
                result.problems().toString());
    }

    @Test
    void readsTheHeadsOfMoreNewsPages() throws IOException {
        // the Daily Mail: lines of standfirst, a byline "FOR" its site, stamps between bars
        Article mail = read("ferry-cuts.txt", """
                Ferry operator axes winter sailings
                Islanders say the cuts will leave them without a link for days
                Council leader calls decision 'a betrayal'
                By JANE DOE FOR MAILONLINE
                PUBLISHED: 10:21 GMT, 3 December 2024 | UPDATED: 11:05 GMT, 3 December 2024
                The ferry operator has cut its winter timetable by a third.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe"), mail.authors().stream().map(a -> a.name()).toList());
        assertEquals("""
                <p>Islanders say the cuts will leave them without a link for days</p>
                <p>Council leader calls decision 'a betrayal'</p>
                <p>The ferry operator has cut its winter timetable by a third.</p>
                """, mail.contentHtml());
        assertEquals(List.of(), mail.tags(), "no GMT from the stamp");

        // The Hill: the stamp after a dash
        Article hill = read("stopgap.txt", """
                Senate passes stopgap funding bill
                by Jane Doe - 12/03/24 10:21 AM ET
                The Senate passed a stopgap funding bill late Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe"), hill.authors().stream().map(a -> a.name()).toList());
        assertEquals("The Senate passed a stopgap funding bill late Tuesday.", hill.summary());

        // CNBC: the stamp over the writer's name and handle, and "Key Points" over the story
        Article cnbc = read("oil.txt", """
                Oil prices rise as producers weigh output delay
                Published Tue, Dec 3 2024 10:21 AM EST Updated Tue, Dec 3 2024 11:05 AM EST
                Jane Doe @janedoe
                Key Points
                Oil prices rose on Tuesday as traders awaited a decision on output.
                Oil prices rose on Tuesday ahead of a meeting of producers this week.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe"), cnbc.authors().stream().map(a -> a.name()).toList());
        assertEquals("Oil prices rose on Tuesday as traders awaited a decision on output.", cnbc.summary());

        // CBS: the stamp between the site's slashes; ABC News: "By" glued to the name
        Article cbs = read("power.txt", """
                Storm knocks out power across the region
                Updated on: December 3, 2024 / 10:21 AM EST / CBS News
                More than 200,000 customers were without power on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("<p>More than 200,000 customers were without power on Tuesday.</p>\n", cbs.contentHtml());
        Article abc = read("power-abc.txt", """
                Storm knocks out power across the region
                ByJane Doe and John Roe
                December 3, 2024, 10:21 AM
                More than 200,000 customers were without power on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe", "John Roe"), abc.authors().stream().map(a -> a.name()).toList());

        // The Wall Street Journal: a "Follow" button after the name; NBC News: the stamp over the byline
        Article wsj = read("rates.txt", """
                Officials Signal Another Rate Cut
                Inflation has cooled enough to allow a further cut, officials said
                By Jane Doe Follow
                Updated Dec. 3, 2024 10:21 am ET
                Officials signaled on Tuesday that they were prepared to cut rates again.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Jane Doe"), wsj.authors().stream().map(a -> a.name()).toList());
        Article nbc = read("power-nbc.txt", """
                Storm knocks out power across the region
                Crews expect to restore most service by Wednesday.
                Dec. 3, 2024, 10:21 AM EST / Updated Dec. 3, 2024, 11:05 AM EST
                By Jane Doe
                More than 200,000 customers were without power on Tuesday.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Storm knocks out power across the region", nbc.title());
        assertEquals(List.of("Jane Doe"), nbc.authors().stream().map(a -> a.name()).toList());

        // The Atlantic: the illustrator's credit under the byline
        Article atlantic = read("papers.txt", """
                The Quiet Collapse of the Local Paper
                More towns than ever have no paper of their own.
                By Jane Doe
                Illustration by John Roe
                December 3, 2024, 6 AM ET
                When the last reporter left in 2019, the council stopped publishing its minutes.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("""
                <p>More towns than ever have no paper of their own.</p>
                <p>When the last reporter left in 2019, the council stopped publishing its minutes.</p>
                """, atlantic.contentHtml());
    }

    @Test
    void leavesOutWhoIssuedAReleaseAndItsContacts() throws IOException {
        ReadResult prn = read("results.txt", """
                Harbour Tech Announces Record Quarter

                Revenue up 24% year over year

                NEWS PROVIDED BY
                Harbour Tech Inc.
                Dec 03, 2024, 08:00 ET

                NEW YORK, Dec. 3, 2024 /PRNewswire/ -- Harbour Tech Inc. today announced results for its quarter.

                Media Contact:
                John Roe
                press@harbourtech.example
                +1 555 0100

                SOURCE Harbour Tech Inc.
                """, SiteSettings.defaults());
        Article results = prn.articleList().get(0);
        assertEquals(List.of(), results.authors());
        assertEquals("""
                <p>Revenue up 24% year over year</p>
                <p>NEW YORK, Dec. 3, 2024 /PRNewswire/ -- Harbour Tech Inc. today announced results for its quarter.</p>
                """, results.contentHtml());
        assertTrue(prn.problems().stream().anyMatch(problem -> problem.toString().endsWith(
                "results.txt:11: warning: the 5 lines from \"Media Contact:\" on taken for the release's contacts and"
                        + " left out")), prn.problems().toString());

        Article wire = read("cfo.txt", """
                Harbour Tech Names New Finance Chief
                December 03, 2024 08:00 AM Eastern Standard Time
                NEW YORK--(BUSINESS WIRE)--Harbour Tech Inc. today named Jo Park as chief financial officer.
                Contacts
                Media: John Roe, press@harbourtech.example
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("NEW YORK--(BUSINESS WIRE)--Harbour Tech Inc. today named Jo Park as chief financial officer.",
                wire.summary());
        assertEquals("<p>NEW YORK--(BUSINESS WIRE)--Harbour Tech Inc. today named Jo Park as chief financial"
                + " officer.</p>\n", wire.contentHtml());
    }

    private static final String GERMAN_STORY = """
            Landesregierung beschließt neues Verkehrspaket
            Die Landesregierung hat am Mittwoch ein neues Verkehrspaket beschlossen. Das Paket sieht Investitionen in die Bahn vor.
            Verkehrsministerin Jana Berger sagte, die Investitionen kämen den Pendlern zugute. Berger verwies auf die Bahn.
            Die Opposition kritisierte das Paket. Die ÖPNV-Verbände und der VDV begrüßten die Investitionen, der VDV sprach von einem Signal.
            """;

    @Test
    void suggestsNoCommonNounOfAGermanStoryForATag() throws IOException {
        // German writes every noun with a capital: Bahn, Paket and Investitionen recur, and name nothing
        Files.writeString(folder.resolve("verkehr.meta.yaml"), "language: de-DE\n");
        assertEquals(List.of("Jana Berger", "VDV"),
                read("verkehr.txt", GERMAN_STORY, SiteSettings.defaults()).articleList().get(0).tags().stream()
                        .map(Tag::label).toList());
        SiteSettings germanSite = new SiteSettings("S", "", SiteSettings.DEFAULT_BASE_URL, "de", List.of(), List.of());
        assertEquals(List.of("Jana Berger", "VDV"),
                read("verkehr-site.txt", GERMAN_STORY, germanSite).articleList().get(0).tags().stream()
                        .map(Tag::label).toList());
        Files.writeString(folder.resolve("verkehr-en.meta.yaml"), "language: en\n");
        assertEquals(List.of("Investitionen", "Bahn", "Jana Berger", "Landesregierung", "Paket"),
                read("verkehr-en.txt", GERMAN_STORY, SiteSettings.defaults()).articleList().get(0).tags().stream()
                        .map(Tag::label).toList(), "a story said to be English is read as English");
    }

    private ReadResult read(String name, String text, SiteSettings site) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(FILE_TIME));
        return ArticleReader.forSite(site).read(file);
    }
}
