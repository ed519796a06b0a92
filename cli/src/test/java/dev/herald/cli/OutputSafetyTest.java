package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void anEmptySourceLeavesASiteWithArticlesAsItWas() throws IOException {
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        Map<String, String> built = SiteFiles.contents(site);
        // the folder a cron job builds from, its network share not mounted this time
        Path unmounted = Files.createDirectories(folder.resolve("unmounted"));
        CliRun run = CliRun.of("build", unmounted.toString(), "--out", site.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("herald: " + unmounted + " holds no article file, and " + site + " has articles: it is left as it was"
                + " (is " + unmounted + " the right folder, and there? --allow-empty publishes a site of none)\n", run.err());
        assertEquals(built, SiteFiles.contents(site));

        // nor does one whose every article is broken, published with --keep-going
        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(broken.resolve("story.md"), "---\ntitle: [unclosed\n---\nText.\n");
        CliRun keptGoing = CliRun.of("build", broken.toString(), "--out", site.toString(), "--keep-going");
        assertEquals(ExitCode.INVALID_INPUT, keptGoing.exitCode());
        assertTrue(keptGoing.err().endsWith("herald: no article of " + broken + " could be read, and " + site + " has"
                + " articles: it is left as it was (is " + broken + " the right folder, and there? --allow-empty publishes"
                + " a site of none)\n"), keptGoing.err());
        assertEquals(built, SiteFiles.contents(site));

        CliRun allowed = CliRun.of("build", unmounted.toString(), "--out", site.toString(), "--allow-empty");
        assertEquals(ExitCode.OK, allowed.exitCode(), allowed.err());
        assertFalse(Files.exists(site.resolve("articles/brussels-ministers/index.html")));
        // an empty site over an empty site is no loss
        assertEquals(ExitCode.OK, CliRun.of("build", unmounted.toString(), "--out", site.toString()).exitCode());
    }

    @Test
    void refusesAFolderThatHoldsTheSourceEvenWithForce() {
        CliRun run = CliRun.of("build", source.toString(), "--out", folder.toString(), "--force");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("herald: refusing --out: " + folder + " holds the source folder " + source
                + ": building there would delete the articles"), run.err());
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
    void refusesAFolderThatHoldsTheSettingsFileThoughHeraldBuiltIt() throws IOException {
        Path site = builtSite();
        Path settings = Files.copy(source.resolve("herald.yaml"), site.resolve("herald.yaml"));

        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--config", settings.toString(),
                "--title", "Other");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("herald: refusing --out: " + site + " holds the settings file " + settings + ": building there would"
                + " delete it; nothing was changed\nTry 'herald build --help' for usage.\n", run.err());
        assertTrue(Files.isRegularFile(settings));
    }

    @Test
    void refusesAFolderThatHoldsTheSitesOwnFilesOrLiesInsideThemEvenWithForce() throws IOException {
        Path site = folder.resolve("site");
        Path logo = Files.writeString(Files.createDirectories(site.resolve("assets")).resolve("logo.svg"), "<svg/>");
        Path settings = Files.writeString(folder.resolve("site.yaml"),
                "title: Own files\nbaseUrl: https://own.example.org\nstatic: site/assets\n");

        CliRun holds = CliRun.of("build", source.toString(), "--out", site.toString(), "--config", settings.toString(),
                "--force");
        CliRun inside = CliRun.of("build", source.toString(), "--out", site.resolve("assets/public").toString(),
                "--config", settings.toString(), "--force");

        assertEquals(ExitCode.USAGE, holds.exitCode());
        assertTrue(holds.err().startsWith("herald: refusing --out: " + site + " holds the folder of the site's own files "),
                holds.err());
        assertEquals(ExitCode.USAGE, inside.exitCode());
        assertTrue(inside.err().contains(" is inside the folder of the site's own files "), inside.err());
        assertEquals("<svg/>", Files.readString(logo));
        assertFalse(Files.exists(site.resolve("assets/public")));
    }

    @Test
    void refusesAFolderThatAnArticleFileLinksInto() throws IOException {
        Path site = builtSite();
        Path story = Files.copy(source.resolve("cairo-water-plan.md"), site.resolve("kept-here.md"));
        Path link = Files.createSymbolicLink(source.resolve("linked-story.md"), story);

        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--title", "Other");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("herald: refusing --out: " + site + " holds " + story.toRealPath() + ", which " + link + " links to:"
                + " building there would delete it; nothing was changed\nTry 'herald build --help' for usage.\n",
                run.err());
        assertTrue(Files.isRegularFile(story));
    }

    @Test
    void forceNeverReplacesAFolderThatHoldsARepository() throws IOException {
        Path project = Files.createDirectories(folder.resolve("project"));
        Path notes = Files.writeString(project.resolve("README.md"), "# notes");
        Path git = Files.createDirectories(project.resolve("tools/.git"));

        CliRun run = CliRun.of("build", source.toString(), "--out", project.toString(), "--force");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("herald: refusing --out: " + project + " holds a Git repository (" + git.toRealPath() + "): not"
                + " replaced, even with --force; nothing was changed\nTry 'herald build --help' for usage.\n", run.err());
        assertEquals("# notes", Files.readString(notes));
        assertTrue(Files.isDirectory(git));
    }

    @Test
    void aFullBuildKeepsTheGitRepositoryOfASitePublishedWithGit() throws IOException {
        Path site = builtSite();
        Path head = Files.writeString(Files.createDirectories(site.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main\n");

        CliRun full = CliRun.of("build", source.toString(), "--out", site.toString(), "--title", "Renamed News");

        assertEquals(ExitCode.OK, full.exitCode(), full.err());
        assertTrue(full.err().contains("full build: the settings changed"), full.err());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("Renamed News"));
        assertEquals("ref: refs/heads/main\n", Files.readString(head));
    }

    @Test
    void neverPublishesTheArticlesFolderAsTheSitesOwnFiles() throws IOException {
        Path site = folder.resolve("site");
        for (String named : List.of(".", "..")) {
            Path settings = Files.writeString(folder.resolve("own-" + named.length() + ".yaml"),
                    "title: Own files\nbaseUrl: https://own.example.org\nstatic: src/" + named + "\n");

            CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--config", settings.toString());

            assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), named);
            String what = named.equals(".") ? " is the articles' folder: " : " holds the articles' folder ";
            assertTrue(run.err().startsWith(settings + ": static: " + source.resolve(named).normalize() + what), run.err());
            assertTrue(run.err().contains("drafts and embargoed ones too, would be published as it is; give the site's own"
                    + " files a folder of their own, such as static\n"), run.err());
            assertFalse(Files.exists(site), "nothing published, the embargoed article's file least of all");
        }
        Path root = Files.writeString(folder.resolve("own-root.yaml"), "title: Own files\nstatic: /\n");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--config", root.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().startsWith(root + ": static: / is the root of the file system: all of it would be published;"),
                run.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void aFullBuildKeepsTheFilesPutIntoTheSiteByHand() throws IOException {
        Path site = builtSite();
        Files.writeString(site.resolve("CNAME"), "news.example.org\n");
        Files.writeString(site.resolve("google1234abcd.html"), "google-site-verification: google1234abcd.html\n");

        CliRun full = CliRun.of("build", source.toString(), "--out", site.toString(), "--title", "Renamed News");

        assertEquals(ExitCode.OK, full.exitCode(), full.err());
        assertTrue(full.err().contains("full build: the settings changed"), full.err());
        assertEquals("news.example.org\n", Files.readString(site.resolve("CNAME")));
        assertTrue(Files.isRegularFile(site.resolve("google1234abcd.html")));
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
    void convertRefusesToWriteOverTheSettingsFile() throws IOException {
        Path settings = source.resolve("herald.yaml");
        CliRun run = CliRun.of("convert", source.toString(), "--out", settings.toString(), "--force");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("herald: refusing --out: " + settings + " is one of the inputs"), run.err());
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

    // the examples built into "site", as Herald builds it
    private Path builtSite() {
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        return site;
    }
}
