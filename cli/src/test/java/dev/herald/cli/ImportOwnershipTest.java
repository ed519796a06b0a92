package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import never replaces a file it did not write, and re-importing keeps every id. */
class ImportOwnershipTest {

    private static final String FEED = """
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>
            ITEMS</channel></rss>
            """;
    private static final String CAIRO = """
            <item><title>Cairo from the wire</title><link>https://wire.example/world/cairo-water-plan</link>
            <pubDate>Thu, 28 Nov 2024 09:30:00 GMT</pubDate><description>Wire copy.</description></item>
            """;
    private static final String OSLO = """
            <item><title>Oslo</title><link>https://wire.example/world/oslo-budget</link>
            <pubDate>Fri, 29 Nov 2024 09:30:00 GMT</pubDate><description>More wire copy.</description></item>
            """;

    @TempDir
    Path folder;

    @Test
    void leavesAnArticleItDidNotImportAsItIs() throws IOException {
        Path site = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        String before = Files.readString(site.resolve("cairo-water-plan.md"));
        Path feed = Files.writeString(folder.resolve("wire.xml"), FEED.replace("ITEMS", CAIRO + OSLO));
        CliRun run = CliRun.of("import", feed.toString(), "--out", site.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(feed + ": " + site.resolve("cairo-water-plan.md") + " exists and was not imported from entry"
                + " \"https://wire.example/world/cairo-water-plan\"; left as it is (--force replaces it)\n"
                + "herald: imported 1 article into " + site + "; 1 left as they were\n", run.err());
        assertEquals(before, Files.readString(site.resolve("cairo-water-plan.md")));
        assertTrue(Files.isRegularFile(site.resolve("oslo-budget.md")));

        CliRun forced = CliRun.of("import", feed.toString(), "--out", site.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(site.resolve("cairo-water-plan.md")).contains("title: Cairo from the wire"));
    }

    @Test
    void reimportingAFeedThatGainedAnItemUpdatesTheSameFiles() throws IOException {
        Path out = folder.resolve("out");
        Path feed = Files.writeString(folder.resolve("wire.xml"), FEED.replace("ITEMS", CAIRO));
        assertEquals(ExitCode.OK, CliRun.of("import", feed.toString(), "--out", out.toString()).exitCode());
        Files.writeString(feed, FEED.replace("ITEMS", OSLO + CAIRO.replace("Wire copy.", "Corrected wire copy.")));
        CliRun again = CliRun.of("import", feed.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        try (var files = Files.list(out)) {
            assertEquals(2, files.count());
        }
        assertTrue(Files.readString(out.resolve("cairo-water-plan.md")).contains("Corrected wire copy."));
    }

    @Test
    void leavesAnImportedFileAnEditorChangedSinceAsItIs() throws IOException {
        Path out = folder.resolve("out");
        Path feed = Files.writeString(folder.resolve("wire.xml"), FEED.replace("ITEMS", CAIRO));
        assertEquals(ExitCode.OK, CliRun.of("import", feed.toString(), "--out", out.toString()).exitCode());
        Path cairo = out.resolve("cairo-water-plan.md");
        String edited = Files.readString(cairo).replace("Wire copy.", "Wire copy, checked by the desk.");
        Files.writeString(cairo, edited);

        // the same feed again, and one with the entry corrected: the editor's words stay
        CliRun again = CliRun.of("import", feed.toString(), "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, again.exitCode());
        assertTrue(again.err().contains(cairo + " was edited since it was imported from entry"), again.err());
        assertTrue(again.err().contains("left as it is (--force replaces it)"), again.err());
        assertEquals(edited, Files.readString(cairo));
        Files.writeString(feed, FEED.replace("ITEMS", CAIRO.replace("Wire copy.", "Corrected wire copy.")));
        assertEquals(ExitCode.INVALID_INPUT, CliRun.of("import", feed.toString(), "--out", out.toString()).exitCode());
        assertEquals(edited, Files.readString(cairo));

        CliRun forced = CliRun.of("import", feed.toString(), "--out", out.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(cairo).contains("Corrected wire copy."));
        // and, imported afresh, it is the importer's again
        assertEquals(ExitCode.OK, CliRun.of("import", feed.toString(), "--out", out.toString()).exitCode());
    }

    @Test
    void refusesToImportIntoASiteThatItsNextBuildWouldReplace() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        Path feed = Files.writeString(folder.resolve("wire.xml"), FEED.replace("ITEMS", OSLO));

        CliRun into = CliRun.of("import", feed.toString(), "--out", site.toString());
        CliRun inside = CliRun.of("import", feed.toString(), "--out", site.resolve("imported").toString(), "--force");

        assertEquals(ExitCode.USAGE, into.exitCode());
        assertEquals("herald: refusing --out: " + site + " is in the site Herald built at " + site.toRealPath()
                + " (it has a .herald-site file), a build's output, where no article is read: import into the"
                + " articles' folder; nothing was changed\nTry 'herald import --help' for usage.\n", into.err());
        assertEquals(ExitCode.USAGE, inside.exitCode());
        assertTrue(Files.notExists(site.resolve("imported")));
        assertTrue(Files.notExists(site.resolve("oslo-budget.md")));
    }
}
