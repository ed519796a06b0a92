package dev.herald.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteUpdateTest {

    @TempDir
    Path parent;

    @Test
    void changesOnlyTheFilesWhoseBytesChangedAndDeletesTheRemovedOnes() throws IOException {
        Path site = site(Map.of("a.html", "a", "b.html", "b", "articles/x/index.html", "x"));
        Object unchanged = inode(site.resolve("articles/x/index.html"));
        Path state = parent.resolve(".site.herald-build");

        AtomicFolder.Outcome outcome = SiteUpdate.apply(site, List.of("a.html"), output -> {
            output.write(Path.of("b.html"), "b2".getBytes(UTF_8));
            output.write(Path.of("articles/c/index.html"), "c".getBytes(UTF_8));
            output.write(Path.of("articles/x/index.html"), "x".getBytes(UTF_8));
        }, file -> Files.writeString(file, "state"), state, 3);

        assertEquals(new AtomicFolder.Outcome(3, 2, 1), outcome);
        assertEquals(Map.of("b.html", "b2", "articles/c/index.html", "c", "articles/x/index.html", "x"), contents(site));
        assertEquals(unchanged, inode(site.resolve("articles/x/index.html")), "the same bytes stay the same file");
        assertEquals("state", Files.readString(state));
        assertEquals(List.of(".site.herald-build", ".site.herald-trash", "site"), names(parent));
        // the old b.html and the removed a.html wait in the trash for the next build, with the emptied staging folder
        assertEquals(List.of("a", "b"), trashed());
    }

    @Test
    void aReplacedFileStaysAsItWasForAReaderThatHasItOpen() throws IOException {
        Path site = site(Map.of("a.html", "old"));
        try (var reader = Files.newInputStream(site.resolve("a.html"))) {
            SiteUpdate.apply(site, List.of(), output -> output.write(Path.of("a.html"), "new!".getBytes(UTF_8)),
                    file -> Files.writeString(file, "state"), parent.resolve(".site.herald-build"), 1);

            assertEquals("old", new String(reader.readAllBytes(), UTF_8));
        }
        assertEquals(Map.of("a.html", "new!"), contents(site));
    }

    @Test
    void aFileLinkedFromASourceIsOnlyUnlinkedWhenReplacedAndTrashed() throws IOException {
        Path source = Files.writeString(parent.resolve("photo.jpg"), "the photo");
        Path site = site(Map.of());
        Files.createDirectories(site.resolve("static"));
        Files.createLink(site.resolve("static/photo.jpg"), source);

        SiteUpdate.apply(site, List.of("static/photo.jpg"), output -> { }, file -> Files.writeString(file, "state"),
                parent.resolve(".site.herald-build"), 0);
        Trash.empty(site).await();

        assertEquals("the photo", Files.readString(source));
        assertEquals(List.of(".site.herald-build", "photo.jpg", "site"), names(parent));
    }

    @Test
    void theNextBuildKeepsOnlyTheLastUpdatesOldVersionsAsSparesAndAStoppedOneLeavesTheRest() throws IOException {
        Path site = site(Map.of("a.html", "a", "b.html", "b", "c.html", "c"));
        update(site, List.of("a.html"), output -> { });
        update(site, List.of("b.html"), output -> { });
        assertEquals(List.of("a", "b"), trashed());

        Trash.empty(site).await();
        assertEquals(List.of("b"), trashed()); // the older update's and both emptied staging folders are gone

        update(site, List.of("c.html"), output -> { });
        Trash.empty(site).stop();
        Trash.empty(site).await();
        assertEquals(List.of("c"), trashed());
        assertEquals(1, Files.list(parent.resolve(".site.herald-trash")).count());
    }

    @Test
    void anUpdateWritesItsFilesIntoTheLastUpdatesOldVersions() throws IOException {
        Path site = site(Map.of("a.html", "a1", "b.html", "b1"));
        Object first = inode(site.resolve("a.html"));
        update(site, List.of(), output -> output.write(Path.of("a.html"), "a2".getBytes(UTF_8)));
        Trash.Emptying trash = Trash.empty(site);
        trash.await();

        update(site, List.of(), trash.spares(), output -> {
            output.write(Path.of("a.html"), "a3".getBytes(UTF_8));
            output.write(Path.of("b.html"), "b2".getBytes(UTF_8));
            output.write(Path.of("articles/c/index.html"), "c1".getBytes(UTF_8));
        });

        assertEquals(Map.of("a.html", "a3", "b.html", "b2", "articles/c/index.html", "c1"), contents(site));
        // the one spare went to the first file written that replaced one like it; the others are new
        assertEquals(first, inode(site.resolve("a.html")));
        assertEquals(List.of("a2", "b1"), trashed());
    }

    @Test
    void aSpareIsNeverCutTheLongestNoLongerThanTheFileIsTaken() throws IOException {
        Path site = site(Map.of("a.html", "aaaa", "b.html", "bbbbbbb", "c.html", "c1", "d.html", "d1"));
        Object shorter = inode(site.resolve("a.html"));
        update(site, List.of("a.html", "b.html"), output -> { });
        Trash.Emptying trash = Trash.empty(site);
        trash.await();

        update(site, List.of(), trash.spares(), output -> {
            output.write(Path.of("c.html"), "ccccc".getBytes(UTF_8)); // "aaaa" fits, "bbbbbbb" would be cut
            output.write(Path.of("d.html"), "dddddd".getBytes(UTF_8)); // only "bbbbbbb" is left: a new file
        });

        assertEquals(Map.of("c.html", "ccccc", "d.html", "dddddd"), contents(site));
        assertEquals(shorter, inode(site.resolve("c.html")));
        assertEquals(List.of("bbbbbbb", "c1", "d1"), trashed());
    }

    @Test
    void aSpareIsOnlyTakenForAFileWithItsOwnerAndPermissionsAndNeverWhereAnotherLinkIs() throws IOException {
        Path source = Files.writeString(parent.resolve("photo.jpg"), "p1"); // as long as the pages
        Path site = site(Map.of("a.html", "a1", "b.html", "b1", "c.html", "c1"));
        Files.createDirectories(site.resolve("static"));
        Files.createLink(site.resolve("static/photo.jpg"), source);
        Files.setPosixFilePermissions(site.resolve("a.html"), PosixFilePermissions.fromString("rw-------"));
        update(site, List.of("a.html", "static/photo.jpg"), output -> { });
        Trash.Emptying trash = Trash.empty(site);
        trash.await();
        assertEquals(List.of("a1"), trashed()); // the photo's link went: a source links it too

        update(site, List.of(), trash.spares(), output -> {
            output.write(Path.of("b.html"), "b2".getBytes(UTF_8));
            output.write(Path.of("c.html"), "c2".getBytes(UTF_8));
        });

        assertEquals(Map.of("b.html", "b2", "c.html", "c2"), contents(site));
        assertEquals("p1", Files.readString(source));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(trashedFiles().stream().filter(file -> contentOf(file).equals("a1"))
                        .findFirst().orElseThrow()), "a1, still as it was");
        assertEquals(List.of("a1", "b1", "c1"), trashed());
    }

    @Test
    void aSpareGoneSinceTheTrashWasSortedGivesWayToANewFile() throws IOException {
        Path site = site(Map.of("a.html", "a1"));
        update(site, List.of(), output -> output.write(Path.of("a.html"), "a2".getBytes(UTF_8)));
        Trash.Emptying trash = Trash.empty(site);
        trash.await();
        for (Path spare : trashedFiles()) {
            Files.delete(spare); // deleted by hand while the build planned
        }

        update(site, List.of(), trash.spares(), output -> output.write(Path.of("a.html"), "a3".getBytes(UTF_8)));

        assertEquals(Map.of("a.html", "a3"), contents(site));
        assertEquals(List.of("a2"), trashed());
    }

    @Test
    void aTrashThatIsALinkIsOnlyUnlinkedNeverFollowed() throws IOException {
        Path site = site(Map.of("a.html", "a1"));
        Path elsewhere = Files.createDirectories(parent.resolve("elsewhere/1700000000000-1"));
        Files.writeString(elsewhere.resolve("0"), "a2");
        Files.writeString(parent.resolve("elsewhere/notes.txt"), "mine");
        Files.createSymbolicLink(parent.resolve(".site.herald-trash"), parent.resolve("elsewhere"));

        Trash.Emptying trash = Trash.empty(site);
        trash.await();
        update(site, List.of(), trash.spares(), output -> output.write(Path.of("a.html"), "a3".getBytes(UTF_8)));

        assertEquals("a2", Files.readString(elsewhere.resolve("0")));
        assertEquals("mine", Files.readString(parent.resolve("elsewhere/notes.txt")));
        assertTrue(Files.isDirectory(parent.resolve(".site.herald-trash"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(Map.of("a.html", "a3"), contents(site));
    }

    @Test
    void finishesADecidedUpdateThatMovesSpares() throws IOException {
        Path site = site(Map.of("a.html", "a1"));
        Path spare = Files.createDirectories(parent.resolve(".site.herald-trash/1700000000000-1")).resolve("0");
        Files.writeString(spare, "a2");
        Files.createDirectories(parent.resolve(".site.herald-staging"));
        Files.writeString(parent.resolve(".site.herald-staging/.state"), "state");
        Path state = parent.resolve(".site.herald-build");
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 2", "R 1700000000000-1/0 a.html",
                "S " + state, "end"), UTF_8);

        assertTrue(SiteUpdate.recover(site));

        assertEquals(Map.of("a.html", "a2"), contents(site));
        assertEquals("state", Files.readString(state));
        assertEquals(List.of("a1"), trashed());
    }

    @Test
    void finishesAnUpdateThatAKilledBuildHadDecided() throws IOException {
        // killed after the journal was in place and b.html was moved: c.html, the deletion and the state remain
        Path site = site(Map.of("a.html", "a", "b.html", "b2"));
        Path staging = Files.createDirectories(parent.resolve(".site.herald-staging/articles/c"));
        Files.writeString(staging.resolve("index.html"), "c");
        Files.writeString(parent.resolve(".site.herald-staging/.state"), "state");
        Path state = parent.resolve(".site.herald-build");
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 1", "M b.html",
                "M articles/c/index.html", "D a.html", "S " + state, "end"), UTF_8);

        assertTrue(SiteUpdate.recover(site));

        assertEquals(Map.of("b.html", "b2", "articles/c/index.html", "c"), contents(site));
        assertEquals("state", Files.readString(state));
        assertEquals(List.of(".site.herald-build", ".site.herald-trash", "site"), names(parent));
        assertEquals(List.of("a"), trashed());
    }

    @Test
    void finishesADecidedUpdateWhoseStateWasNotYetWrittenAndLeavesNoState() throws IOException {
        // killed while the state was being written beside the moves: the old state was deleted before
        // the journal went in place, so the next build, finding none, is a full one
        Path site = site(Map.of("a.html", "a"));
        Path staging = Files.createDirectories(parent.resolve(".site.herald-staging"));
        Files.writeString(staging.resolve("a.html"), "a2");
        Files.writeString(staging.resolve(".state123.tmp"), "half a st");
        Path state = parent.resolve(".site.herald-build");
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 1", "M a.html", "S " + state, "end"),
                UTF_8);

        assertTrue(SiteUpdate.recover(site));

        assertEquals(Map.of("a.html", "a2"), contents(site));
        assertEquals(List.of(".site.herald-trash", "site"), names(parent));
        assertEquals(List.of("a", "half a st"), trashed()); // the staging folder went with what it held
    }

    @Test
    void aStateThatCannotBeWrittenLeavesTheSiteUpdatedAndNoStateThatDescribesOtherFiles() throws IOException {
        Path site = site(Map.of("a.html", "a", "b.html", "b"));
        Path state = Files.writeString(parent.resolve(".site.herald-build"), "the state of a and b");

        IOException thrown = assertThrows(IOException.class, () -> SiteUpdate.apply(site, List.of("b.html"),
                output -> output.write(Path.of("a.html"), "a2".getBytes(UTF_8)),
                file -> {
                    throw new IOException("No space left on device");
                }, state, 1));

        assertEquals("the site is updated, but its build state could not be written (the next build is a full one):"
                + " No space left on device", thrown.getMessage());
        assertEquals(Map.of("a.html", "a2"), contents(site));
        assertEquals(List.of(".site.herald-trash", "site"), names(parent));
        assertEquals(List.of("a", "b"), trashed());
    }

    @Test
    void forgetsAnUpdateThatAKilledBuildHadNotDecided() throws IOException {
        Path site = site(Map.of("a.html", "a"));
        Files.createDirectories(parent.resolve(".site.herald-staging"));
        Files.writeString(parent.resolve(".site.herald-staging/a.html"), "a2");
        // a journal cut short is never there after the rename that decides; whatever it says, it says nothing
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 1", "M a.html"), UTF_8);

        assertFalse(SiteUpdate.recover(site));

        assertEquals(Map.of("a.html", "a"), contents(site));
        assertEquals(List.of("site"), names(parent));
    }

    @Test
    void leavesASiteAloneWhenNothingWasLeft() throws IOException {
        Path site = site(Map.of("a.html", "a"));

        assertFalse(SiteUpdate.recover(site));

        assertEquals(Map.of("a.html", "a"), contents(site));
    }

    @Test
    void neverDeletesOrMovesAFileOutsideTheSite() throws IOException {
        Path site = site(Map.of("a.html", "a"));
        Path outside = Files.writeString(parent.resolve("notes.txt"), "mine");
        Path state = parent.resolve(".site.herald-build");

        // a scribbled state could name any path as a file the site no longer has
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.apply(site, List.of("../notes.txt"),
                output -> { }, file -> Files.writeString(file, "state"), state, 1));
        assertEquals("mine", Files.readString(outside));
        // nor can the state go anywhere but beside the site, as its own hidden file
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.apply(site, List.of(),
                output -> { }, file -> Files.writeString(file, "state"), outside, 1));
        assertEquals("mine", Files.readString(outside));
        assertEquals(List.of("notes.txt", "site"), names(parent));

        Files.createDirectories(parent.resolve(".site.herald-staging"));
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 1", "D ../notes.txt",
                "M ../elsewhere.txt", "S " + state, "end"), UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.recover(site));
        assertEquals("mine", Files.readString(outside));
        // nor does a spare come from anywhere but the trash, nor go anywhere but into the site
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 2", "R ../notes.txt a.html",
                "S " + state, "end"), UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.recover(site));
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 2", "R 1-1/0 ../notes.txt",
                "S " + state, "end"), UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.recover(site));
        assertEquals("mine", Files.readString(outside));
        assertEquals(Map.of("a.html", "a"), contents(site));
    }

    @Test
    void theStateGoesOnlyToTheSitesOwnStateFile() throws IOException {
        Path site = site(Map.of("a.html", "a"));
        // a hidden file of the user's, named like the site's but not Herald's
        Path notes = Files.writeString(parent.resolve(".site.notes"), "mine");
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.apply(site, List.of(),
                output -> { }, file -> Files.writeString(file, "state"), notes, 1));
        assertEquals("mine", Files.readString(notes));

        Files.createDirectories(parent.resolve(".site.herald-staging"));
        Files.writeString(parent.resolve(".site.herald-staging/.state"), "state");
        Files.write(parent.resolve(".site.herald-journal"), List.of("herald-journal 1", "S " + notes, "end"), UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SiteUpdate.recover(site));
        assertEquals("mine", Files.readString(notes));
    }

    private Path site(Map<String, String> files) throws IOException {
        Path site = parent.resolve("site");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return site;
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(site.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private void update(Path site, List<String> removed, AtomicFolder.Content content) throws IOException {
        update(site, removed, SpareFiles.NONE, content);
    }

    private void update(Path site, List<String> removed, SpareFiles spares, AtomicFolder.Content content)
            throws IOException {
        SiteUpdate.apply(site, removed, spares, content, file -> Files.writeString(file, "state"),
                parent.resolve(".site.herald-build"), 0);
    }

    // the contents of the files in the trash, sorted (their names are the build's own)
    private List<String> trashed() throws IOException {
        List<String> contents = new ArrayList<>();
        for (Path file : trashedFiles()) {
            contents.add(Files.readString(file));
        }
        return contents.stream().sorted().toList();
    }

    private static String contentOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> trashedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(parent.resolve(".site.herald-trash"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
