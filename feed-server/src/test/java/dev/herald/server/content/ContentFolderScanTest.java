package dev.herald.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.server.content.ContentFolderScan.Signature;
import dev.herald.server.content.ContentFolderScan.Stamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderScanTest {

    @TempDir
    Path folder;

    @Test
    void listsArticleFilesBelowTheFolderAndLeavesOutHiddenAndOtherFiles() throws IOException {
        write("a.md", "---\ntitle: A\n---\n");
        write("world/b.json", "{}");
        write("wire/c.txt", "TEXT");
        write("wire/c.meta.yaml", "tags: [x]\n");
        write("photo.png", "not an article");
        write(".draft.md", "hidden file");
        write(".git/d.md", "in a hidden folder");

        assertEquals(Set.of(folder.resolve("a.md"), folder.resolve("world/b.json"), folder.resolve("wire/c.txt")),
                ContentFolderScan.of(folder).keySet());
    }

    @Test
    void aSignatureHoldsTheFileAndItsSidecar() throws IOException {
        Path story = write("c.txt", "TEXT");
        Path sidecar = write("c.meta.yaml", "tags: [x]\n");
        Files.setLastModifiedTime(story, time("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(sidecar, time("2026-01-02T00:00:00Z"));

        assertEquals(new Signature(new Stamp(4, time("2026-01-01T00:00:00Z")), new Stamp(10, time("2026-01-02T00:00:00Z"))),
                ContentFolderScan.of(folder).get(story));
        Files.delete(sidecar);
        assertEquals(Stamp.ABSENT, ContentFolderScan.of(folder).get(story).sidecar());
    }

    @Test
    void anEditOrATouchChangesTheSignatureAndNothingElseDoes() throws IOException {
        Path story = write("a.md", "one");
        Map<Path, Signature> before = ContentFolderScan.of(folder);
        assertEquals(before, ContentFolderScan.of(folder));

        Files.writeString(story, "one, edited");
        Map<Path, Signature> edited = ContentFolderScan.of(folder);
        assertNotEquals(before.get(story), edited.get(story));

        Files.setLastModifiedTime(story, time("2030-01-01T00:00:00Z"));
        assertNotEquals(edited.get(story), ContentFolderScan.of(folder).get(story));
    }

    @Test
    void aLinkedFileCountsAsItsTargetAndABrokenLinkAsNothing() throws IOException {
        Path target = write("data/real.md", "twelve bytes");
        Files.createSymbolicLink(folder.resolve("linked.md"), target);
        Files.createSymbolicLink(folder.resolve("broken.md"), folder.resolve("missing.md"));

        Map<Path, Signature> scan = ContentFolderScan.of(folder);
        assertEquals(12, scan.get(folder.resolve("linked.md")).file().size());
        assertFalse(scan.containsKey(folder.resolve("broken.md")));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = folder.resolve("nowhere");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ContentFolderScan.of(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static FileTime time(String instant) {
        return FileTime.from(Instant.parse(instant));
    }

    @Test
    void aFolderThatCannotBeReadIsNamedNotTakenForEmpty() throws IOException {
        // root reads every folder, so the walk's failure is handed to it directly
        Set<Path> unreadable = new HashSet<>();
        ContentFolderScan.Walk walk = new ContentFolderScan.Walk(folder, unreadable);
        Path locked = folder.resolve("locked");
        assertEquals(FileVisitResult.CONTINUE, walk.visitFileFailed(locked, new AccessDeniedException(locked.toString())));
        assertEquals(FileVisitResult.CONTINUE, walk.visitFileFailed(folder.resolve("gone"),
                new NoSuchFileException(folder.resolve("gone").toString())));
        assertEquals(Set.of(locked), unreadable);
    }
}
