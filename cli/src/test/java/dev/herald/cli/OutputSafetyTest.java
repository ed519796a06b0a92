package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output option can delete or overwrite what Herald did not write. */
class OutputSafetyTest {

    @TempDir
    Path folder;

    private Path source;
    private Map<String, String> sourceBefore;

    @BeforeEach
    void copyExamples() throws IOException {
        source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        sourceBefore = SiteFiles.contents(source);
    }

    @Test
    void refusesToBuildIntoItsOwnSource() {
        CliRun run = CliRun.of("build", source.toString(), "--out", source.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("herald: refusing --out: " + source + " is the source folder itself: building there would delete"
                + " the articles; nothing was changed\nTry 'herald build --help' for usage.\n", run.err());
        assertEquals(sourceBefore, SiteFiles.contents(source));
    }

    @Test
    void refusesAFolderThatHoldsTheSourceEvenWithForce() {
        CliRun run = CliRun.of("build", source.toString(), "--out", folder.toString(), "--force");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("herald: refusing --out: " + folder + " holds the source " + source), run.err());
        assertEquals(sourceBefore, SiteFiles.contents(source));
    }

    @Test
    void refusesAFolderInsideTheSource() {
        Path inside = source.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", inside.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains(" is inside the source folder "), run.err());
        assertFalse(Files.exists(inside));
    }

    @Test
    void refusesTheSourceThroughALink() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link"), source);
        CliRun run = CliRun.of("build", source.toString(), "--out", link.toString(), "--force");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(sourceBefore, SiteFiles.contents(source));
    }

    @Test
    void replacesAForeignFolderOnlyWithForce() throws IOException {
        Path foreign = Files.createDirectories(folder.resolve("www"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        CliRun refused = CliRun.of("build", source.toString(), "--out", foreign.toString());
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals("herald: refusing --out: " + foreign + " is not empty and was not built by Herald (it has no"
                + " .herald-site file); --force replaces it and everything in it; nothing was changed\n"
                + "Try 'herald build --help' for usage.\n", refused.err());
        assertEquals(Map.of("notes.txt", "mine"), SiteFiles.contents(foreign));

        CliRun forced = CliRun.of("build", source.toString(), "--out", foreign.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertFalse(Files.exists(foreign.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(foreign.resolve(".herald-site")));
    }

    @Test
    void replacesAnEmptyFolderAndItsOwnBuild() throws IOException {
        Path site = Files.createDirectories(folder.resolve("site"));
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        CliRun again = CliRun.of("build", source.toString(), "--out", site.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
    }

    @Test
    void refusesAFileInsteadOfAFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("site"), "x");
        CliRun run = CliRun.of("build", source.toString(), "--out", file.toString(), "--force");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void convertRefusesToWriteOverAnInput() throws IOException {
        Path story = source.resolve("cairo-water-plan.md");
        CliRun run = CliRun.of("convert", story.toString(), "--out", story.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("herald: refusing --out: " + story + " is one of the inputs: writing there would replace it;"
                + " nothing was changed\nTry 'herald convert --help' for usage.\n", run.err());
        assertEquals(sourceBefore, SiteFiles.contents(source));
    }

    @Test
    void convertRefusesAnArticleFileNameInsideAnInputFolder() {
        Path feed = source.resolve("feed.json");
        CliRun run = CliRun.of("convert", source.toString(), "--format", "json", "--out", feed.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("would be read as an article next time"), run.err());
        assertFalse(Files.exists(feed));
    }

    @Test
    void convertReplacesAFileThatIsNotAFeedOnlyWithForce() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "my notes");
        CliRun refused = CliRun.of("convert", source.toString(), "--out", notes.toString());
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals("herald: refusing --out: " + notes + " exists and is not a feed; --force replaces it; nothing was"
                + " changed\nTry 'herald convert --help' for usage.\n", refused.err());
        assertEquals("my notes", Files.readString(notes));

        assertEquals(ExitCode.OK, CliRun.of("convert", source.toString(), "--out", notes.toString(), "--force").exitCode());
        assertTrue(Files.readString(notes).startsWith("<?xml"));
        assertEquals(ExitCode.OK, CliRun.of("convert", source.toString(), "--format", "json", "--out", notes.toString())
                .exitCode(), "an existing feed is replaced unasked");
    }

    @Test
    void convertWritesAFeedFileBesideTheArticles() {
        Path feed = source.resolve("feed.xml");
        CliRun run = CliRun.of("convert", source.toString(), "--out", feed.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(feed));
    }
}
