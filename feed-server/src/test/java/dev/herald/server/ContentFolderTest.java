package dev.herald.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.io.AtomicFolder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ContentFolderTest.WithContentFolder.class)
class ContentFolderTest {

    static final Path FOLDER = Path.of("target/test-content");

    /** A server watching a content folder that starts with one article. */
    public static class WithContentFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                AtomicFolder.deleteRecursively(FOLDER);
                Files.createDirectories(FOLDER);
                Files.writeString(FOLDER.resolve("first.md"), story("First story", "NATO"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("herald.content-dir", FOLDER.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-content;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void followsCreatedEditedBrokenAndDeletedFilesWithinTwoSeconds() throws Exception {
        assertEquals(200, status("/api/articles/first"));

        Files.writeString(FOLDER.resolve("second.md"), story("Second story", "NATO"));
        assertEquals(200, await(() -> status("/api/articles/second"), 200));

        Files.writeString(FOLDER.resolve("second.md"), story("Second story, edited", "Europe"));
        assertEquals("Second story, edited", await(() -> title("/api/articles/second"), "Second story, edited"));
        assertEquals(List.of("Second story, edited"),
                given().get("/tags/europe/feed.json").jsonPath().getList("items.title", String.class));

        Files.writeString(FOLDER.resolve("second.md"), "---\ntitle: Broken\npublished: someday\n---\n");
        Thread.sleep(2_500);
        assertEquals("Second story, edited", title("/api/articles/second"));

        Files.delete(FOLDER.resolve("second.md"));
        assertEquals(404, await(() -> status("/api/articles/second"), 404));
        assertEquals(200, status("/api/articles/first"));
    }

    @Test
    void followsFoldersAndWireCopySidecarsWithinTwoSeconds() throws Exception {
        Path world = Files.createDirectories(FOLDER.resolve("world"));
        Files.copy(Path.of("../examples/kyiv-power-grid.txt"), world.resolve("kyiv-power-grid.txt"));
        Files.copy(Path.of("../examples/kyiv-power-grid.meta.yaml"), world.resolve("kyiv-power-grid.meta.yaml"));
        assertEquals("2024-11-26T08:15:00Z", await(() -> published("/api/articles/kyiv-power-grid"), "2024-11-26T08:15:00Z"));

        Path sidecar = world.resolve("kyiv-power-grid.meta.yaml");
        Files.writeString(sidecar, Files.readString(sidecar).replace("2024-11-26T08:15:00Z", "2024-11-27T06:00:00Z"));
        assertEquals("2024-11-27T06:00:00Z", await(() -> published("/api/articles/kyiv-power-grid"), "2024-11-27T06:00:00Z"));

        Files.delete(world.resolve("kyiv-power-grid.txt"));
        Files.delete(sidecar);
        Files.delete(world);
        assertEquals(404, await(() -> status("/api/articles/kyiv-power-grid"), 404));
        assertEquals(200, status("/api/articles/first"));
    }

    /** Polls for up to two seconds (and a little slack) until the value is the one expected; returns the last seen. */
    private static <T> T await(Supplier<T> check, T expected) throws InterruptedException {
        long deadline = System.nanoTime() + 2_500_000_000L;
        T value = check.get();
        while (!expected.equals(value) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = check.get();
        }
        return value;
    }

    private static String story(String title, String tag) {
        return "---\ntitle: " + title + "\npublished: 2024-11-28T09:30:00Z\ntags: [" + tag + "]\n---\nText.\n";
    }

    private static int status(String path) {
        return given().get(path).statusCode();
    }

    private static String published(String path) {
        return given().get(path).jsonPath().getString("published");
    }

    private static String title(String path) {
        return given().get(path).jsonPath().getString("title");
    }
}
