package dev.herald.server.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.io.AtomicFolder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A content folder found with nothing at all in it, as a volume that is not mounted (yet) leaves
 * its mount point, does not unpublish the articles its files gave; an editor's deletions do.
 */
@QuarkusTest
@TestProfile(BareContentFolderTest.OnAVolume.class)
class BareContentFolderTest {

    static final Path BASE = Path.of("target/test-bare-content").toAbsolutePath();
    /** The mount point, a link to the volume's folder: another folder put in its place stands for an unmount. */
    static final Path MOUNT = BASE.resolve("content");

    public static class OnAVolume implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                AtomicFolder.deleteRecursively(BASE);
                Path volume = Files.createDirectories(BASE.resolve("volume"));
                Files.writeString(volume.resolve("herald.yaml"), "title: Harbour Gazette\n");
                Files.writeString(volume.resolve("ferries.md"), "---\ntitle: Ferries run again\n"
                        + "published: 2024-11-28T09:30:00Z\n---\nText.\n");
                Files.createSymbolicLink(MOUNT, volume);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("herald.content-dir", MOUNT.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-bare-content;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    ContentFolderWatcher watcher;

    @Test
    void keepsTheArticlesOfAFolderFoundBareAndLetsAnEditorDeleteThem() throws IOException {
        assertEquals(200, status("/api/articles/ferries"));
        // unmounted: the mount point is an empty folder
        Path bare = Files.createDirectories(BASE.resolve("bare"));
        Path link = Files.createSymbolicLink(BASE.resolve("next"), bare);
        Files.move(link, MOUNT, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        watcher.sync(MOUNT);
        assertEquals(200, status("/api/articles/ferries"));

        // mounted again, and the file deleted: a folder with its settings but no article
        Path volume = BASE.resolve("volume");
        Files.move(Files.createSymbolicLink(BASE.resolve("next"), volume), MOUNT, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        Files.delete(volume.resolve("ferries.md"));
        watcher.sync(MOUNT);
        assertEquals(404, status("/api/articles/ferries"));
    }

    private static int status(String path) {
        return given().get(path).statusCode();
    }
}
