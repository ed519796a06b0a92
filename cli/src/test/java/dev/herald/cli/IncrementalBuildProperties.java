package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.AtomicFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Incremental builds against clean ones: a random corpus goes through a random sequence of
 * edits, additions, deletions, broken and duplicate articles, wire copy and its sidecar, the
 * articles of a JSON array, setting, limit, clock and own-file changes, a scribbled build state,
 * files of the site changed by hand and the site replaced by a copy; after every step the site
 * built incrementally (its state kept from step to step) has exactly the files, byte for byte, of
 * a clean build of the same sources into a new folder, and both builds end alike and name the same
 * problems.
 */
class IncrementalBuildProperties {

    /** Files a site's publisher puts into the built folder by hand, which no build may remove. */
    private static final Map<String, String> BY_HAND = Map.of("CNAME", "news.example.org\n",
            "well-known/security.txt", "Contact: mailto:desk@example.org\n");

    @Property(tries = 25)
    void incrementalBuildsWriteWhatCleanBuildsWrite(@ForAll long seed,
            @ForAll @Size(min = 3, max = 9) List<@IntRange(min = 0, max = 24) Integer> steps) throws IOException {
        Path folder = Files.createTempDirectory("herald-incremental");
        try {
            RandomCorpus corpus = new RandomCorpus(folder.resolve("src"), new Random(seed));
            corpus.create(8 + new Random(seed).nextInt(12));
            Path site = folder.resolve("site");
            List<String> done = new ArrayList<>();
            build(corpus, site, done);
            for (Map.Entry<String, String> byHand : BY_HAND.entrySet()) {
                Path file = site.resolve(byHand.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, byHand.getValue());
            }
            for (int step : steps) {
                done.add(corpus.change(step, site));
                CliRun run = build(corpus, site, done);
                String last = done.get(done.size() - 1);
                // only what invalidates the whole state makes a full build, and the build says so: the
                // settings, the state itself, and the list of own files (site-relative links are checked against it)
                boolean full = last.startsWith("setting") || last.startsWith("state")
                        || last.startsWith("own file added") || last.startsWith("own file deleted");
                assertEquals(full, run.err().contains("herald: full build: "), done + "\n" + run.err());
                assertEquals(!full, run.err().contains("herald: incremental build: "), done + "\n" + run.err());
            }
        } finally {
            AtomicFolder.deleteRecursively(folder);
        }
    }

    // the incremental build into the kept site, then a clean one into a new folder: the same files
    private static CliRun build(RandomCorpus corpus, Path site, List<String> done) throws IOException {
        CliRun incremental = CliRun.of(corpus.arguments(site));
        Path clean = site.resolveSibling("clean-" + done.size());
        CliRun full = CliRun.of(corpus.arguments(clean));
        // a broken article is a problem of either build, said alike, and the others are published
        int expected = corpus.broken() ? ExitCode.INVALID_INPUT : ExitCode.OK;
        assertEquals(expected, full.exitCode(), done + "\n" + full.err());
        assertEquals(expected, incremental.exitCode(), done + "\n" + incremental.err());
        assertEquals(problems(full.err()), problems(incremental.err()), done.toString());
        Map<String, String> built = SiteFiles.bytes(site);
        if (!done.isEmpty()) {
            // what was put into the site by hand is there after every build, full or not, as it was
            for (Map.Entry<String, String> file : BY_HAND.entrySet()) {
                assertEquals(file.getValue(), built.remove(file.getKey()), file.getKey() + " after " + done);
            }
        }
        assertEquals(SiteFiles.bytes(clean), built, "after " + done);
        return incremental;
    }

    // the lines that name a file's problem, without the folder of the build
    private static List<String> problems(String err) {
        return err.lines().filter(line -> !line.startsWith("herald: ")).toList();
    }

    // a summary line without how many files changed and how long it took
    private static String withoutFigures(String summary) {
        return summary.strip().replaceAll(" \\(\\d+ changed, \\d+ removed\\)", "").replaceAll(", [0-9.]+ s", "");
    }

    @Example
    void saysWhyABuildIsFullAndHowMuchAnIncrementalOneRead() throws IOException {
        Path folder = Files.createTempDirectory("herald-incremental");
        try {
            RandomCorpus corpus = new RandomCorpus(folder.resolve("src"), new Random(1));
            corpus.create(12);
            Path site = folder.resolve("site");
            CliRun first = CliRun.of(corpus.arguments(site));
            assertEquals(ExitCode.OK, first.exitCode(), first.err());
            assertEquals(1, first.err().lines().count(), "a first build is full without a word: " + first.err());

            CliRun unchanged = CliRun.of(corpus.arguments(site));
            assertTrue(unchanged.err().contains(" files (0 changed, 0 removed) in "), unchanged.err());
            // what was published and held back is said again as the first build said it
            assertEquals(withoutFigures(first.err()), withoutFigures(unchanged.err().lines().findFirst().orElseThrow()));
            assertTrue(unchanged.err().endsWith("herald: incremental build: 0 of 12 source files read,"
                    + " the others unchanged since the last build\n"), unchanged.err());

            corpus.change(3, site);
            CliRun edited = CliRun.of(corpus.arguments(site));
            assertTrue(edited.err().endsWith("herald: incremental build: 1 of 12 source files read,"
                    + " the others unchanged since the last build\n"), edited.err());

            corpus.change(6, site);
            CliRun retitled = CliRun.of(corpus.arguments(site));
            assertTrue(retitled.err().endsWith("herald: full build: the settings changed since the last build\n"),
                    retitled.err());

            Files.delete(folder.resolve(".site.herald-build"));
            CliRun stateless = CliRun.of(corpus.arguments(site));
            assertTrue(stateless.err().endsWith("herald: full build: there is no build state beside it\n"),
                    stateless.err());

            Files.writeString(folder.resolve(".site.herald-build"), "not a state");
            CliRun scribbled = CliRun.of(corpus.arguments(site));
            assertTrue(scribbled.err().endsWith("herald: full build: its build state " + folder.resolve(".site.herald-build")
                    + " is unreadable\n"), scribbled.err());
            assertEquals(ExitCode.OK, scribbled.exitCode());
        } finally {
            AtomicFolder.deleteRecursively(folder);
        }
    }
}
