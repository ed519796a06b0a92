package dev.herald.core.read.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories copied whole from the pages of the most read English-language news sites, each in the
 * shape its page copies (the stories are made up): the story, its headline and writers, nothing of
 * the page's buttons, advertising, topic lists and notes on the writer.
 */
class NewsSitePagesTest {

    @TempDir
    Path folder;

    @Test
    void readsANewYorkTimesPage() throws IOException {
        ReadResult result = read("budget.txt", """
                Supported by
                SKIP ADVERTISEMENT
                City Council Approves New Budget After Long Debate
                The plan adds money for schools and transit.
                Listen to this article · 5:12 min Learn more
                Share full article
                By Jo Park
                Dec. 7, 2026
                The City Council approved a $12 billion budget on Sunday after a debate that ran past midnight.
                Advertisement
                SKIP ADVERTISEMENT
                The budget raises spending on schools by 4 percent.
                Jo Park covers city politics for The Times.
                See more on: City Council
                """);
        Article article = result.articleList().get(0);
        assertEquals("City Council Approves New Budget After Long Debate", article.title());
        assertEquals(List.of("Jo Park"), names(article));
        assertEquals("""
                <p>The plan adds money for schools and transit.</p>
                <p>The City Council approved a $12 billion budget on Sunday after a debate that ran past midnight.</p>
                <p>The budget raises spending on schools by 4 percent.</p>
                """, article.contentHtml());
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("budget.txt:13: warning: the line on"
                + " the writer after the story (\"Jo Park covers city politics for The Times.\" …) left out")),
                result.problems().toString());
    }

    @Test
    void readsAGuardianPage() throws IOException {
        Article article = read("ferries.txt", """
                Ministers to cut ferry subsidies despite island protests
                Islanders say new timetables will leave them stranded for days
                Jo Park Scotland correspondent
                Sun 7 Dec 2026 10.00 GMT
                Share

                Ministers are to cut subsidies for island ferries despite protests from residents, the Guardian understands.

                The cuts will take effect in April.

                Explore more on these topics
                Scotland
                Transport
                Share
                Reuse this content
                """).articleList().get(0);
        assertEquals("Ministers to cut ferry subsidies despite island protests", article.title());
        assertEquals(List.of("Jo Park"), names(article));
        assertEquals("""
                <p>Islanders say new timetables will leave them stranded for days</p>
                <p>Ministers are to cut subsidies for island ferries despite protests from residents, the Guardian understands.</p>
                <p>The cuts will take effect in April.</p>
                """, article.contentHtml());
    }

    @Test
    void takesTheGuardiansRolesBesideTheWritersName() throws IOException {
        for (String byline : List.of("Ana Lima Political editor", "Ana Lima Middle East correspondent",
                "Ana Lima Deputy political editor", "Ana Lima economics correspondent")) {
            Article article = read("vote.txt", """
                    Parliament votes to delay the budget
                    %s
                    Sun 7 Dec 2026 10.00 GMT
                    Parliament voted on Sunday to delay the budget by a week.
                    """.formatted(byline)).articleList().get(0);
            assertEquals(List.of("Ana Lima"), names(article), byline);
            assertEquals("<p>Parliament voted on Sunday to delay the budget by a week.</p>\n", article.contentHtml(), byline);
        }
    }

    @Test
    void readsACnnPage() throws IOException {
        Article article = read("bridge.txt", """
                Bridge collapse in port city leaves dozens missing
                By Jo Park, CNN
                Updated 10:21 AM EST, Sun December 7, 2026

                Link Copied!

                London
                CNN
                 —
                A road bridge collapsed into a river in the port city early Sunday, leaving dozens missing, officials said.

                Rescue boats searched the water through the morning.
                """).articleList().get(0);
        assertEquals("Bridge collapse in port city leaves dozens missing", article.title());
        assertEquals(List.of("Jo Park"), names(article));
        assertEquals("""
                <p>London CNN — A road bridge collapsed into a river in the port city early Sunday, leaving dozens missing, officials said.</p>
                <p>Rescue boats searched the water through the morning.</p>
                """, article.contentHtml());
    }

    @Test
    void readsAWashingtonPostPage() throws IOException {
        Article article = read("drugs.txt", """
                Democracy Dies in Darkness
                Senate Democrats unveil plan to lower drug prices
                The proposal would cap insulin costs for all patients
                7 min
                Share
                Comment
                Add to your saved stories
                Save
                By Jo Park
                and
                Ana Lima
                December 7, 2026 at 6:00 a.m. EST
                Senate Democrats on Sunday unveiled a plan to lower prescription drug prices.
                The plan would let Medicare negotiate prices for more drugs, aides said.
                Jo Park is a congressional reporter for The Washington Post.
                """).articleList().get(0);
        assertEquals("Senate Democrats unveil plan to lower drug prices", article.title());
        assertEquals(List.of("Jo Park", "Ana Lima"), names(article));
        assertEquals("""
                <p>The proposal would cap insulin costs for all patients</p>
                <p>Senate Democrats on Sunday unveiled a plan to lower prescription drug prices.</p>
                <p>The plan would let Medicare negotiate prices for more drugs, aides said.</p>
                """, article.contentHtml());
    }

    @Test
    void readsASkyNewsPage() throws IOException {
        Article article = read("strike.txt", """
                Rail strike called off after last-minute deal
                Unions and train operators reached an agreement late on Saturday night.
                Ana Lima
                Business reporter @analima
                Sunday 7 December 2026 10:00, UK
                Why you can trust Sky News
                Rail workers have called off a strike planned for next week after a last-minute deal.
                The agreement includes a 5% pay rise.
                Read more from Sky News:
                Storm warning for Scotland
                Ferry services cancelled
                """).articleList().get(0);
        assertEquals(List.of("Ana Lima"), names(article));
        assertEquals("""
                <p>Unions and train operators reached an agreement late on Saturday night.</p>
                <p>Rail workers have called off a strike planned for next week after a last-minute deal.</p>
                <p>The agreement includes a 5% pay rise.</p>
                """, article.contentHtml());
    }

    @Test
    void readsAnAlJazeeraPage() throws IOException {
        Article article = read("rally.txt", """
                Thousands rally in capital demanding early elections
                Protesters say the government has lost its mandate.
                Protesters gather in the capital's main square on December 7, 2026 [Jo Park/Reuters]
                Published On 7 Dec 2026
                7 Dec 2026
                Save articles to read later and create your own reading list.
                Thousands of people have rallied in the capital demanding early elections.
                The protest was largely peaceful, police said.
                Source: Al Jazeera and news agencies
                """).articleList().get(0);
        assertEquals("""
                <p>Protesters say the government has lost its mandate.</p>
                <figure><figcaption>Protesters gather in the capital's main square on December 7, 2026 <small>Jo Park/Reuters</small></figcaption></figure>
                <p>Thousands of people have rallied in the capital demanding early elections.</p>
                <p>The protest was largely peaceful, police said.</p>
                <p>Source: Al Jazeera and news agencies</p>
                """, article.contentHtml());
    }

    @Test
    void readsABloombergPage() throws IOException {
        Article article = read("oil.txt", """
                Gift this article
                Oil Climbs as Traders Weigh Supply Risks
                By Jo Park and Ana Lima
                December 7, 2026 at 6:00 AM GMT+1
                Save
                Translate
                Listen
                2:45

                Oil rose for a third day as traders weighed the risk of supply disruptions.

                Brent crude gained as much as 1.2% to $81.20 a barrel.

                — With assistance from Sam Lee

                (Updates with prices in second paragraph.)

                Most Read from Bloomberg
                Stocks Fall as Bond Yields Rise
                ©2026 Bloomberg L.P.
                """).articleList().get(0);
        assertEquals("Oil Climbs as Traders Weigh Supply Risks", article.title());
        assertEquals(List.of("Jo Park", "Ana Lima"), names(article));
        assertEquals("""
                <p>Oil rose for a third day as traders weighed the risk of supply disruptions.</p>
                <p>Brent crude gained as much as 1.2% to $81.20 a barrel.</p>
                <p>— With assistance from Sam Lee</p>
                """, article.contentHtml());
    }

    @Test
    void readsAnIndependentPageAndADailyMailPage() throws IOException {
        Article vapes = read("vapes.txt", """
                Government to ban disposable vapes from next year
                Ministers say the move will protect children's health
                Jo Park
                Political Correspondent
                Sunday 07 December 2026 10:00 GMT
                Comments
                Get our free Inside Westminster email
                Ministers will ban disposable vapes from June next year, the government announced on Sunday.
                More about
                Vapes
                Government
                Join our commenting forum
                """).articleList().get(0);
        assertEquals(List.of("Jo Park"), names(vapes));
        assertEquals("""
                <p>Ministers say the move will protect children's health</p>
                <p>Ministers will ban disposable vapes from June next year, the government announced on Sunday.</p>
                """, vapes.contentHtml());

        Article dog = read("dog.txt", """
                Hero dog saves toddler from icy lake
                Labrador dragged the boy to the shore
                By JO PARK FOR MAILONLINE
                Published: 10:00 GMT, 7 December 2026 | Updated: 11:30 GMT, 7 December 2026
                A Labrador has been hailed a hero after dragging a toddler out of an icy lake, his parents said.
                Share or comment on this article:
                """).articleList().get(0);
        assertEquals(List.of("Jo Park"), names(dog));
        assertEquals("""
                <p>Labrador dragged the boy to the shore</p>
                <p>A Labrador has been hailed a hero after dragging a toddler out of an icy lake, his parents said.</p>
                """, dog.contentHtml());
    }

    @Test
    void leavesOutTheAgenciesNotesToEditorsOverTheStory() throws IOException {
        Article ap = read("storm.txt", """
                AP-US-Storm-Maine,1st Ld-Writethru
                Storm knocks out power to thousands in Maine
                Eds: UPDATES with utility's latest figures. With AP Photos.
                By JO PARK
                Associated Press
                PORTLAND, Maine (AP) — A storm knocked out power to more than 100,000 homes in Maine on Sunday.
                Crews from neighboring states were on their way, the utility said.
                """).articleList().get(0);
        assertEquals("Storm knocks out power to thousands in Maine", ap.title());
        assertEquals(List.of("Jo Park"), names(ap));
        assertEquals("PORTLAND, Maine (AP) — A storm knocked out power to more than 100,000 homes in Maine on Sunday.",
                ap.summary());

        Article reuters = read("oil.txt", """
                UPDATE 1-Oil edges higher on supply worries
                (Adds analyst comment, updates prices)
                By Ana Lima
                LONDON, Dec 7 (Reuters) - Oil prices rose on Monday as traders weighed supply disruptions.
                (Reporting by Ana Lima; Editing by Jo Park)
                """).articleList().get(0);
        assertEquals("Oil edges higher on supply worries", reuters.title());
        assertEquals("""
                <p>LONDON, Dec 7 (Reuters) - Oil prices rose on Monday as traders weighed supply disruptions.</p>
                <p>(Reporting by Ana Lima; Editing by Jo Park)</p>
                """, reuters.contentHtml());
    }

    @Test
    void readsAsianAgenciesCopyWithTheirSignaturesAndEndMarks() throws IOException {
        Article kyodo = read("gdp.txt", """
                Japan's economy shrinks for second straight quarter
                TOKYO (Kyodo) -- Japan's economy shrank for a second straight quarter, government data showed Monday.
                Gross domestic product fell an annualized 0.8 percent, the Cabinet Office said.
                ==Kyodo
                """).articleList().get(0);
        assertEquals("""
                <p>TOKYO (Kyodo) -- Japan's economy shrank for a second straight quarter, government data showed Monday.</p>
                <p>Gross domestic product fell an annualized 0.8 percent, the Cabinet Office said.</p>
                """, kyodo.contentHtml());

        Article yonhap = read("missile.txt", """
                N. Korea fires ballistic missile into East Sea
                SEOUL, Dec. 7 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Sunday.
                The launch came days after joint drills, the Joint Chiefs of Staff said.
                (END)
                """).articleList().get(0);
        assertEquals("""
                <p>SEOUL, Dec. 7 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Sunday.</p>
                <p>The launch came days after joint drills, the Joint Chiefs of Staff said.</p>
                """, yonhap.contentHtml());

        Article pti = read("data.txt", """
                Parliament passes data protection bill
                New Delhi, Dec 7 (PTI) The Lok Sabha on Sunday passed the data protection bill after a long debate.
                The bill will now go to the Rajya Sabha, where the Lok Sabha's version is expected to pass.
                PTI AB CD XY
                """).articleList().get(0);
        assertEquals("""
                <p>New Delhi, Dec 7 (PTI) The Lok Sabha on Sunday passed the data protection bill after a long debate.</p>
                <p>The bill will now go to the Rajya Sabha, where the Lok Sabha's version is expected to pass.</p>
                """, pti.contentHtml());
        assertEquals(List.of(), pti.tags().stream().map(tag -> tag.label()).filter("PTI"::equals).toList());
    }

    private static List<String> names(Article article) {
        return article.authors().stream().map(Author::name).toList();
    }

    private ReadResult read(String name, String text) throws IOException {
        return WireCopyFiles.read(folder, name, text, SiteSettings.defaults());
    }
}
