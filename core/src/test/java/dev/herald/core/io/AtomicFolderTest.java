package dev.herald.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFolderTest {

    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path parent;

    @Test
    void aFirstBuildWritesEveryFile() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.Outcome outcome = AtomicFolder.replace(site, files(Map.of("feed.xml", "feed", "articles/a/index.html", "a")));

        assertEquals(new AtomicFolder.Outcome(2, 2, 0), outcome);
        assertEquals("a", Files.readString(site.resolve("articles/a/index.html")));
        assertEquals(List.of("site"), namesIn(parent));
    }

    @Test
    void aRebuildKeepsTheUnchangedFilesThemselves() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "feed", "a.html", "a", "gone.html", "old")));
        Files.setLastModifiedTime(site.resolve("a.html"), OLD);
        Object unchangedFile = fileKey(site.resolve("a.html"));

        AtomicFolder.Outcome outcome = AtomicFolder.replace(site, files(Map.of("feed.xml", "feed, edited", "a.html", "a")));

        assertEquals(new AtomicFolder.Outcome(2, 1, 1), outcome);
        assertEquals(unchangedFile, fileKey(site.resolve("a.html")), "the unchanged file was written anew");
        assertEquals(OLD, Files.getLastModifiedTime(site.resolve("a.html")));
        assertEquals("feed, edited", Files.readString(site.resolve("feed.xml")));
        assertFalse(Files.exists(site.resolve("gone.html")));
        assertEquals(List.of("site"), namesIn(parent));
    }

    @Test
    void aBuildThatChangesNothingLeavesTheFolderAlone() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "feed")));
        Object folder = fileKey(site);

        AtomicFolder.Outcome outcome = AtomicFolder.replace(site, files(Map.of("feed.xml", "feed")));

        assertEquals(new AtomicFolder.Outcome(1, 0, 0), outcome);
        assertEquals(folder, fileKey(site));
        assertEquals(List.of("site"), namesIn(parent));
    }

    @Test
    void aFailedBuildLeavesTheFolderAsItWas() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "feed")));

        assertThrows(IOException.class, () -> AtomicFolder.replace(site, output -> {
            output.write(Path.of("feed.xml"), "half a feed".getBytes(UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("feed", Files.readString(site.resolve("feed.xml")));
        assertEquals(List.of("site"), namesIn(parent));
    }

    @Test
    void refusesAFileOutsideTheFolderOrTwiceTheSame() throws IOException {
        Path site = parent.resolve("site");
        assertThrows(IllegalArgumentException.class,
                () -> AtomicFolder.replace(site, output -> output.write(Path.of("../escaped.html"), new byte[0])));
        assertThrows(IllegalArgumentException.class, () -> AtomicFolder.replace(site, output -> {
            output.write(Path.of("a.html"), new byte[0]);
            output.write(Path.of("a.html"), new byte[0]);
        }));
        assertEquals(List.of(), namesIn(parent));
        assertFalse(Files.exists(parent.resolve("escaped.html")));
    }

    private static AtomicFolder.Content files(Map<String, String> files) {
        return output -> {
            for (Map.Entry<String, String> file : files.entrySet()) {
                output.write(Path.of(file.getKey()), file.getValue().getBytes(UTF_8));
            }
        };
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void recoveryClearsOnlyWhatAKilledReplacementLeft() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "feed")));
        Path building = Files.createDirectories(parent.resolve(".site.building-4417"));
        Files.writeString(building.resolve("half.html"), "half");
        Path mine = Files.createDirectories(parent.resolve(".site.old-notes"));
        Files.writeString(mine.resolve("keep.txt"), "mine");

        AtomicFolder.recover(site);

        assertFalse(Files.exists(building));
        assertEquals("mine", Files.readString(mine.resolve("keep.txt")), "a folder Herald did not name stays");
        assertEquals("feed", Files.readString(site.resolve("feed.xml")));
    }

    @Test
    void recoveryPutsBackThePreviousSiteWhenAKillFellBetweenTheRenames() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "feed")));
        Files.move(site, parent.resolve(".site.old-8812"));

        AtomicFolder.recover(site);

        assertEquals("feed", Files.readString(site.resolve("feed.xml")));
        assertEquals(List.of("site"), namesIn(parent));
    }

    @Test
    void aRebuildKeepsTheGitRepositoryOfASitePublishedWithGit() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "feed", "gone.html", "old")));
        Files.createDirectories(site.resolve(".git/refs/heads"));
        Files.writeString(site.resolve(".git/refs/heads/main"), "4b825dc");

        AtomicFolder.Outcome outcome = AtomicFolder.replace(site, files(Map.of("feed.xml", "feed, edited")));

        assertEquals(new AtomicFolder.Outcome(1, 1, 1), outcome, "the repository's files are not counted as removed");
        assertEquals("4b825dc", Files.readString(site.resolve(".git/refs/heads/main")));
        assertEquals("feed, edited", Files.readString(site.resolve("feed.xml")));
        assertFalse(Files.exists(site.resolve("gone.html")));
        assertEquals(List.of("site"), namesIn(parent));
    }

    @Test
    void recoveryMovesTheRepositoryOfAKilledSwapIntoTheNewSite() throws IOException {
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, files(Map.of("feed.xml", "new")));
        // killed after the new folder took the site's place, before the repository moved over
        Path retired = Files.createDirectories(parent.resolve(".site.old-5120"));
        Files.writeString(retired.resolve(OutputFolders.MARKER), "old site");
        Files.createDirectories(retired.resolve(".hg"));
        Files.writeString(retired.resolve(".hg/requires"), "store");

        AtomicFolder.recover(site);

        assertEquals("store", Files.readString(site.resolve(".hg/requires")));
        assertEquals("new", Files.readString(site.resolve("feed.xml")));
        assertEquals(List.of("site"), namesIn(parent));
    }
}
