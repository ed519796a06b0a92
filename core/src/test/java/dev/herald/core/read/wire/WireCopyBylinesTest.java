package dev.herald.core.read.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What stands under a wire copy's headline: bylines in the forms pages copy, the newsrooms, roles
 * and places beside the writers, the page's time stamps, a standfirst, and the summary after them.
 */
class WireCopyBylinesTest {

    @TempDir
    Path folder;

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
    void aShortLineOpenedByACommaUnderTheBylineIsItsPlace() throws IOException {
        ReadResult result = read("comma.txt", "Harbour reopens after storm\nBy Jo Park\n, Plymouth\n"
                + "The harbour reopened on Monday after repairs.\n", SiteSettings.defaults());
        assertEquals(List.of("Jo Park"), result.articleList().get(0).authors().stream().map(a -> a.name()).toList(),
                result.problems().toString());
        assertEquals("The harbour reopened on Monday after repairs.", result.articleList().get(0).summary());
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

    private ReadResult read(String name, String text, SiteSettings site) throws IOException {
        return WireCopyFiles.read(folder, name, text, site);
    }
}
