package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateFileTest {

    private static final Map<String, String> FINGERPRINT = Map.of("Herald", "0.1.0 jar 1", "the settings", "Desk");
    private static final BuildState.Summary SUMMARY = new BuildState.Summary(0, 0, "", true);

    @TempDir
    Path folder;

    @Test
    void readsBackEveryFieldItWrote() throws IOException {
        Article full = new Article("port-strike", "Port strike ends", "Dockers return.", "<p>Body</p>",
                Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T09:30:00.123456789Z"),
                List.of(new Author("Ana Ruiz", "ana@example.org", URI.create("https://example.org/ana")),
                        new Author("Desk", null, null)),
                List.of(new Tag("Harbour", "harbour"), new Tag("Zürich", "zürich")),
                URI.create("https://example.org/port"), new Image(URI.create("/images/port.jpg"), "The port", "Photo: AR", null),
                new Source("Wire", URI.create("https://wire.example")), "es",
                List.of(new Enclosure(URI.create("https://example.org/a.mp3"), "audio/mpeg", 1234)), false,
                Instant.parse("2026-12-30T00:00:00Z"));
        BuildState.Source source = new BuildState.Source(new BuildState.Stamp(10, 20, "(dev=1,ino=2)", -1, 0),
                List.of(Problem.warning("a.md", 3, "tags", "tag \"x\" has a slug"), Problem.error("a.md", 0, null, "cut")),
                List.of(new BuildState.Entry(full.withoutBody(), 1, new byte[] {1, 2, 3},
                        new long[] {7, -8, Long.MAX_VALUE, Long.MIN_VALUE})));
        Article other = new Article("budget", "Budget passes", "Passed.", "", Instant.parse("2026-12-01T08:00:00Z"), null,
                List.of(), List.of(), null, null, null, null, List.of(), true, null);
        BuildState.Source second = new BuildState.Source(new BuildState.Stamp(30, 40, "(dev=1,ino=3)", 5, 6), List.of(),
                List.of(new BuildState.Entry(other, 2, new byte[] {4})));
        BuildState.Summary summary = new BuildState.Summary(2, 3, "1 draft", false);
        BuildState state = new BuildState(FINGERPRINT, Instant.MIN, Instant.MAX, summary,
                Map.of("src/a.md", source, "src/b.md", second), Map.of("feed.xml", new BuildState.Output("key", 99)));
        Path file = folder.resolve(".site.herald-build");

        BuildStateFile.write(state, file);
        List<BuildState.Head> heads = new ArrayList<>();
        BuildState read = BuildStateFile.read(file, FINGERPRINT, heads::add).state();

        assertEquals(Instant.MIN, read.stableFrom());
        assertEquals(Instant.MAX, read.stableUntil());
        assertEquals(summary, read.summary());
        assertEquals(state.outputs(), read.outputs());
        BuildState.Source back = read.sources().get("src/a.md");
        assertEquals(source.stamp(), back.stamp());
        assertEquals(source.problems(), back.problems());
        assertEquals(full.withoutBody(), back.entries().get(0).article());
        assertEquals(1, back.entries().get(0).line());
        assertArrayEquals(new byte[] {1, 2, 3}, back.entries().get(0).digest());
        assertArrayEquals(new long[] {7, -8, Long.MAX_VALUE, Long.MIN_VALUE}, back.entries().get(0).prints());
        BuildState.Source secondBack = read.sources().get("src/b.md");
        assertEquals(second.stamp(), secondBack.stamp());
        assertEquals(other, secondBack.entries().get(0).article());
        assertEquals(2, secondBack.entries().get(0).line());
        assertArrayEquals(new long[4], secondBack.entries().get(0).prints(), "no entry written yet");
        // the head, heard before the articles were read, holds what tells an unchanged build
        assertEquals(List.of(new BuildState.Head(Instant.MIN, Instant.MAX, summary,
                Map.of("src/a.md", source.stamp(), "src/b.md", second.stamp()), state.outputs())), heads);
    }

    @Test
    void aStateReadBackAndWrittenAgainBesideANewSourceHoldsTheSameEntries() throws IOException {
        Article kept = new Article("port-strike", "Port strike ends", "Dockers return.", "",
                Instant.parse("2026-11-30T08:00:00Z"), null, List.of(new Author("Ana Ruiz", null, null)),
                List.of(new Tag("Zürich", "zürich")), URI.create("https://example.org/port"), null, null, "de", List.of(),
                false, null);
        Article other = new Article("budget", "Budget passes", "Passed.", "", Instant.parse("2026-12-01T08:00:00Z"), null,
                List.of(), List.of(new Tag("Money", "money")), null, null, null, null, List.of(), false, null);
        BuildState.Source first = new BuildState.Source(new BuildState.Stamp(10, 20, "(dev=1,ino=2)", -1, 0), List.of(),
                List.of(new BuildState.Entry(kept, 1, new byte[] {1, 2}), new BuildState.Entry(other, 9, new byte[] {3})));
        BuildState.Source second = new BuildState.Source(new BuildState.Stamp(30, 40, "(dev=1,ino=3)", -1, 0), List.of(),
                List.of(new BuildState.Entry(other, 2, new byte[] {4})));
        Path file = folder.resolve(".site.herald-build");
        BuildStateFile.write(new BuildState(FINGERPRINT, Instant.MIN, Instant.MAX, SUMMARY,
                Map.of("src/a.md", first, "src/b.md", second), Map.of()), file);
        BuildState read = BuildStateFile.read(file, FINGERPRINT).state();

        // one file taken as it was (its entries go out as the bytes they came from), one edited, one added
        Article edited = new Article("budget", "Budget passes, amended", "Passed.", "", Instant.parse("2026-12-01T08:00:00Z"),
                null, List.of(), List.of(), null, null, null, null, List.of(), true, null);
        BuildState.Source changed = new BuildState.Source(new BuildState.Stamp(31, 41, "(dev=1,ino=3)", -1, 0), List.of(),
                List.of(new BuildState.Entry(edited, 2, new byte[] {5})));
        BuildState.Source added = new BuildState.Source(new BuildState.Stamp(1, 2, "(dev=1,ino=4)", -1, 0), List.of(),
                List.of());
        BuildStateFile.write(new BuildState(FINGERPRINT, Instant.MIN, Instant.MAX, SUMMARY,
                Map.of("src/a.md", read.sources().get("src/a.md"), "src/b.md", changed, "src/c.md", added), Map.of()), file);
        BuildState again = BuildStateFile.read(file, FINGERPRINT).state();

        assertEquals(3, again.sources().size());
        assertEquals(first.entries().stream().map(BuildState.Entry::article).toList(),
                again.sources().get("src/a.md").entries().stream().map(BuildState.Entry::article).toList());
        assertEquals(List.of(1, 9), again.sources().get("src/a.md").entries().stream().map(BuildState.Entry::line).toList());
        assertArrayEquals(new byte[] {3}, again.sources().get("src/a.md").entries().get(1).digest());
        assertEquals(edited, again.sources().get("src/b.md").entries().get(0).article());
        assertEquals(changed.stamp(), again.sources().get("src/b.md").stamp());
        assertEquals(List.of(), again.sources().get("src/c.md").entries());
    }

    @Test
    void refusesAStateOfOtherSettingsOrOneCutShortAndSaysWhy() throws IOException {
        BuildState state = new BuildState(FINGERPRINT, Instant.MIN, Instant.MAX, SUMMARY, Map.of(),
                Map.of("feed.xml", new BuildState.Output("key", 99)));
        Path file = folder.resolve(".site.herald-build");
        BuildStateFile.write(state, file);

        List<BuildState.Head> heads = new ArrayList<>();
        BuildStateFile.Loaded other = BuildStateFile.read(file, Map.of("Herald", "0.1.0 jar 1", "the settings", "Other"),
                heads::add);
        assertNull(other.state());
        assertEquals(List.of(), heads, "no head of a state made under other settings");
        assertEquals("the settings changed since the last build", other.unusable());

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals("its build state " + file + " is unreadable", BuildStateFile.read(file, FINGERPRINT).unusable());
        // a state that names a file outside the site is no state: the build is a full one
        BuildStateFile.write(new BuildState(FINGERPRINT, Instant.MIN, Instant.MAX, SUMMARY, Map.of(),
                Map.of("../notes.txt", new BuildState.Output("key", 4))), file);
        assertEquals("its build state " + file + " is unreadable", BuildStateFile.read(file, FINGERPRINT).unusable());
        assertEquals("there is no build state beside it",
                BuildStateFile.read(folder.resolve("missing"), FINGERPRINT).unusable());
    }

    @Test
    void aQuickLookAtTheFingerprintAloneSaysWhetherTheBuildWillBeAFullOne() throws IOException {
        Path file = folder.resolve(".site.herald-build");
        BuildStateFile.write(new BuildState(FINGERPRINT, Instant.MIN, Instant.MAX, SUMMARY, Map.of(),
                Map.of("feed.xml", new BuildState.Output("key", 99))), file);

        assertNull(BuildStateFile.refusedFingerprint(file, FINGERPRINT));
        assertEquals("the settings changed since the last build",
                BuildStateFile.refusedFingerprint(file, Map.of("Herald", "0.1.0 jar 1", "the settings", "Other")));
        assertEquals("there is no build state beside it", BuildStateFile.refusedFingerprint(folder.resolve("missing"), FINGERPRINT));
        Files.writeString(file, "a scribbled state of no Herald");
        assertEquals("its build state " + file + " is unreadable", BuildStateFile.refusedFingerprint(file, FINGERPRINT));
    }
}
