package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesTheFeedToStdoutAndNothingElse() {
        CliRun run = CliRun.of("convert", "../examples/brussels-ministers.md", "--format", "atom");
        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""),
                run.out());
        assertEquals(List.of("NATO Ministers Meet in Brussels as Allies Weigh Kyiv’s Request"), titles(run.out()));
    }

    @Test
    void filtersByEveryTagGivenAndNamesTheTagFeed() {
        CliRun run = CliRun.of("convert", "../examples", "--tag", "Europe", "--tag", "energy", "--format", "atom");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(List.of("North Sea Wind Auction Draws Record Bids", "Baltic Rail Link Opens Its First Cross-Border Section",
                "Kyiv Races to Shield Power Grid Before Winter"), titles(run.out()));
        assertTrue(run.out().contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://news.example.org/atom.xml\""),
                run.out());
    }

    @Test
    void warnsWhenTheTagsGivenLeaveTheFeedEmpty() {
        CliRun typo = CliRun.of("convert", "../examples", "--tag", "Energyy");
        assertEquals(ExitCode.OK, typo.exitCode(), typo.err());
        assertEquals("herald: warning: no article has the tag \"Energyy\"; the feed is empty\n", typo.err());
        CliRun none = CliRun.of("convert", "../examples", "--tag", "NATO", "--tag", "Energy");
        assertEquals("herald: warning: no article has all of the tags \"NATO\", \"Energy\"; the feed is empty\n",
                none.err());
        assertEquals("", CliRun.of("convert", "../examples", "--tag", "NATO").err());
    }

    @Test
    void namesASingleTagFeedAfterItsTag() {
        CliRun run = CliRun.of("convert", "../examples", "--tag", "NATO", "--format", "rss");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("<title>Herald Example News: NATO</title>"), run.out());
        assertTrue(run.out().contains("<atom:link href=\"https://news.example.org/tags/nato/feed.xml\""), run.out());
    }

    @Test
    void takesTheSitesDescriptionAndLanguageFromOptionsOverTheSettingsFile() {
        CliRun run = CliRun.of("convert", "../examples", "--description", "Nouvelles du port", "--language", "fr-ca",
                "--format", "rss");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("<description>Nouvelles du port</description>"), run.out());
        assertTrue(run.out().contains("<language>fr-CA</language>"), run.out());
        CliRun named = CliRun.of("convert", "../examples", "--language", "english");
        assertEquals(ExitCode.USAGE, named.exitCode());
        assertTrue(named.err().startsWith("herald: Invalid value for option '--language': 'english' is not a BCP 47"
                + " language tag (write en)\n"), named.err());
    }

    @Test
    void limitsTheNumberOfItemsNewestFirst() {
        CliRun run = CliRun.of("convert", "../examples", "--limit", "2", "--format", "json");
        assertEquals(List.of("NATO Ministers Meet in Brussels as Allies Weigh Kyiv’s Request",
                "North Sea Wind Auction Draws Record Bids"), jsonTitles(run.out()));
    }

    @Test
    void writesTheOutputFileAndGivesTheSameBytesTwice() throws IOException {
        Path out = folder.resolve("site/feed.json");
        assertEquals(ExitCode.OK, CliRun.of("convert", "../examples", "--format", "json", "--out", out.toString()).exitCode());
        byte[] first = Files.readAllBytes(out);
        assertEquals(ExitCode.OK, CliRun.of("convert", "../examples", "--format", "json", "--out", out.toString()).exitCode());
        assertArrayEquals(first, Files.readAllBytes(out));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void leavesAnExistingOutputUntouchedWhenAnyInputIsBroken() throws IOException {
        Path broken = BrokenFiles.copyTo(folder);
        Path out = folder.resolve("feed.xml");
        Files.writeString(out, "previous feed");
        CliRun run = CliRun.of("convert", broken.toString(), "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("previous feed", Files.readString(out));
        assertEquals("", run.out());
        assertTrue(run.err().endsWith("herald: 14 problems; nothing written (--keep-going publishes the valid articles)\n"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void publishesTheValidArticlesWithKeepGoing() throws IOException {
        Path broken = BrokenFiles.copyTo(folder);
        Path out = folder.resolve("feed.xml");
        CliRun run = CliRun.of("convert", broken.toString(), "--keep-going", "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().endsWith("herald: 14 problems; wrote 2 valid articles\n"), run.err());
        assertEquals(List.of("The One Valid Story", "First claim on an id"),
                titles(Files.readString(out, StandardCharsets.UTF_8)));
    }

    @Test
    void makesHostileContentHarmlessInEveryFormat() throws IOException {
        Path article = folder.resolve("hostile.json");
        Files.writeString(article, """
                {"title": "Hostile <script>alert(1)</script>", "published": "2024-11-28",
                 "bodyHtml": "<p onclick=\\"x()\\">Hi<script>alert(2)</script><iframe src=\\"https://e.example/\\"></iframe><img src=\\"https://e.example/a.png\\" onerror=\\"alert(3)\\"><a href=\\"javascript:alert(4)\\">l</a><span style=\\"background:url(javascript:alert(5))\\">s</span>\\u0001\\u000b</p><pre>a]]>b   c</pre>"}
                """);
        for (String format : List.of("rss", "atom", "json")) {
            CliRun run = CliRun.of("convert", article.toString(), "--format", format);
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            String feed = run.out().toLowerCase();
            for (String forbidden : List.of("<script", "&lt;script", "<iframe", "&lt;iframe", "onerror", "onclick",
                    "javascript:", "style=", "\u0001", "\u000b")) {
                // the title is plain text, so "<script>" in it stays as escaped text, never as markup
                String withoutTitle = feed.replace("hostile &lt;script&gt;alert(1)&lt;/script&gt;", "")
                        .replace("hostile <script>alert(1)</script>", "");
                assertFalse(withoutTitle.contains(forbidden), format + " contains " + forbidden + ":\n" + run.out());
            }
            assertTrue(run.out().contains("b   c"), format + " lost the spaces in <pre>:\n" + run.out());
        }
    }

    @Test
    void readsTheSharedWireSampleInEveryFormat() {
        Path sample = ExternalTools.shared("samples/wire-article.txt");
        for (String format : List.of("rss", "atom", "json")) {
            CliRun run = CliRun.of("convert", sample.toString(), "--format", format);
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(run.out().contains("Ukraine Renews Push for NATO Membership Invitation"), run.out());
            assertTrue(run.out().contains("REUTERS/Alina Smutko/File Photo"), run.out());
            assertFalse(run.out().contains("COMMENTS"), run.out());
            assertTrue(run.err().contains("warning: published: no date in a sidecar or option"), run.err());
        }
    }

    @Test
    void refusesAnUnknownFormatAsAUsageError() {
        CliRun run = CliRun.of("convert", "../examples", "--format", "yaml");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("herald: Invalid value for option '--format': expected one of [RSS, ATOM, JSON]"
                + " (case-insensitive) but was 'yaml'\n"), run.err());
    }

    @Test
    void refusesANonPositiveLimitAsAUsageError() {
        CliRun run = CliRun.of("convert", "../examples", "--limit", "0");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("herald: --limit must be at least 1, was 0\n"), run.err());
    }

    @Test
    void refusesATagOfNoLetterOrDigitAsAUsageError() {
        CliRun run = CliRun.of("convert", "../examples", "--tag", "!!");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("herald: --tag '!!' names no tag: a tag has a letter or a digit\n"), run.err());
    }

    @Test
    void exitsWithUsageWithoutASubcommand() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("herald: a command is needed: convert, validate, build, import, tags\nTry 'herald --help' for usage.\n", run.err());
    }

    @Test
    void reportsAnUnwritableOutputWithoutAStackTrace() throws IOException {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        CliRun run = CliRun.of("convert", "../examples", "--out", blocker.resolve("feed.xml").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("herald: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    /** The titles of the items or entries, in document order. */
    static List<String> titles(String xml) {
        Matcher matcher = Pattern.compile("<(?:item|entry)(?: [^>]*)?>\\s*<title>(.*?)</title>").matcher(xml);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    private static List<String> jsonTitles(String json) {
        Matcher matcher = Pattern.compile("\"title\" : \"(.*?)\"").matcher(json);
        List<String> titles = matcher.results().map(m -> m.group(1)).toList();
        return titles.subList(1, titles.size());
    }
}
