package dev.herald.core.read.wire;

import static dev.herald.core.read.wire.WireCopyFiles.FILE_TIME;
import static dev.herald.core.read.wire.WireCopyFiles.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.SharedFiles;
import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wire copy read as a whole: headline, headings, paragraphs and lists, the sidecar, the shared sample,
 * copy wrapped at a fixed width, press releases and embargoes, and the headline as a page shows it.
 */
class WireCopyReaderTest {

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
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void readsALongLineOfMarksInTimeThatGrowsWithIt() throws IOException {
        // an end mark's pattern tried on 200,000 hashes before a letter took minutes: marks are short
        String story = "Quay Reopens\nThe quay reopened on Monday.\n" + "#".repeat(200_000) + "x\n"
                + "- ".repeat(100_000) + "y\n";
        assertEquals("Quay Reopens", read("quay.txt", story, SiteSettings.defaults()).articleList().get(0).title());
    }

    private ReadResult read(String name, String text, SiteSettings site) throws IOException {
        return WireCopyFiles.read(folder, name, text, site);
    }
}
