package dev.herald.core.read.wire;

import static dev.herald.core.read.wire.WireCopyFiles.STORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tags suggested for wire copy that has none: the site's vocabulary, else the names and
 * acronyms the story repeats.
 */
class WireCopyTagsTest {

    @TempDir
    Path folder;

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
    void aShortNameInADatelineIsNotTakenForAnAcronym() throws IOException {
        // LYON, ROME and KYIV are no longer than NATO: as written in the story they are names all the same
        Article article = read("lyon.txt", """
                Warehouse fire forces evacuation
                LYON, France (AP) — A fire at a warehouse in Lyon forced the evacuation of 200 homes on Monday.
                Firefighters from across the region were sent, NATO exercises nearby were not affected.
                """, SiteSettings.defaults()).articleList().get(0);
        assertEquals(List.of("Lyon"), article.tags().stream().map(Tag::label).toList());
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
        return WireCopyFiles.read(folder, name, text, site);
    }
}
