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

/**
 * What a page copied whole puts around the story, left out with a note or put in its place: the
 * header, masthead, sections, time stamp and video above the headline, a box of key points, the
 * footer, links, share bar, writer's note, agency's notes and a release's issuer and contacts.
 */
class PageFurnitureTest {

    @TempDir
    Path folder;

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
    void aShortHeadlineOverItsStoryIsNoSection() throws IOException {
        Article article = read("strike.txt", """
                Strike Over
                Dock workers returned on Friday after a nine-day strike.
                By Jo Park
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals("Strike Over", article.title());
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
    void leavesOutAfpsDeskCodesUnderItsStory() throws IOException {
        for (String codes : List.of("bur-ach/pb", "burs-sst/as", "jm/bp", "ach/mlm/dw")) {
            Article article = read("floods.txt", """
                    Floods Close Roads Across the South
                    Nimes (AFP) - Floods closed roads across the south on Sunday, the prefecture said.
                    The red alert stays in place for Monday.

                    %s
                    """.formatted(codes), SiteSettings.defaults()).articleList().get(0);
            assertEquals("<p>Nimes (AFP) - Floods closed roads across the south on Sunday, the prefecture said.</p>\n"
                    + "<p>The red alert stays in place for Monday.</p>\n", article.contentHtml(), codes);
        }
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

    private ReadResult read(String name, String text, SiteSettings site) throws IOException {
        return WireCopyFiles.read(folder, name, text, site);
    }
}
