package dev.herald.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change notices the content watcher reads files by, between its full looks. */
class FolderEventsTest {

    @TempDir
    Path folder;

    FolderEvents events;

    @BeforeEach
    void watch() throws IOException {
        Files.createDirectories(folder.resolve("world"));
        events = FolderEvents.watch(folder);
    }

    @AfterEach
    void close() throws IOException {
        events.close();
    }

    @Test
    void namesFilesCreatedEditedAndDeletedInTheFolderAndBelowIt() throws Exception {
        Path story = Files.writeString(folder.resolve("a.md"), "one");
        Path nested = Files.writeString(folder.resolve("world/b.md"), "two");
        assertNoticed(Set.of(story, nested));

        Files.writeString(story, "one, edited");
        assertNoticed(Set.of(story));

        Files.delete(nested);
        assertNoticed(Set.of(nested));
    }

    @Test
    void followsAFolderCreatedAfterTheStart() throws Exception {
        Path added = Files.createDirectory(folder.resolve("sport"));
        assertNoticed(Set.of(added));

        Path story = Files.writeString(added.resolve("c.md"), "three");
        assertNoticed(Set.of(story));
    }

    @Test
    void leavesHiddenFoldersUnwatched() throws Exception {
        Path hidden = Files.createDirectory(folder.resolve(".git"));
        assertNoticed(Set.of(hidden));

        Files.writeString(hidden.resolve("d.md"), "not an article");
        assertTrue(events.await(500).isEmpty(), "a file in a hidden folder was noticed");
    }

    @Test
    void aFolderWithNothingHappeningGivesNoNotice() throws Exception {
        assertTrue(events.await(300).isEmpty());
    }

    @Test
    void theFullLookComesEverySecondOrTwentyTimesAsLongAsItTook() {
        assertEquals(Duration.ofSeconds(1), ContentFolderWatcher.fullLookInterval(Duration.ofMillis(10)));
        assertEquals(Duration.ofSeconds(1), ContentFolderWatcher.fullLookInterval(Duration.ofMillis(50)));
        assertEquals(Duration.ofSeconds(15), ContentFolderWatcher.fullLookInterval(Duration.ofMillis(750)));
    }

    /** Waits up to five seconds for notices naming every expected path, and nothing else. */
    private void assertNoticed(Set<Path> expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
            seen.addAll(events.await(500).paths());
        }
        assertEquals(expected, seen);
    }
}
