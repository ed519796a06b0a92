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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
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

    @Inject
    ContentFolderWatcher watcher;

    @Test
    void keepsTheArticlesOfASubfolderThatCannotBeReadNow() throws Exception {
        Path world = Files.createDirectories(FOLDER.resolve("world"));
        Files.writeString(world.resolve("kept.md"), story("Kept story", "World"));
        assertEquals(200, await(() -> status("/api/articles/kept"), 200));
        // as a look sees a folder whose permissions were taken away: nothing listed in it, and it named
        watcher.scanWith((folder, unreadable) -> {
            Map<Path, ContentFolderScan.Signature> files = ContentFolderScan.of(folder, unreadable);
            files.keySet().removeIf(file -> file.startsWith(world));
            unreadable.add(world);
            return files;
        });
        try {
            watcher.sync(FOLDER);
            assertEquals(200, status("/api/articles/kept"));
        } finally {
            watcher.scanWith(ContentFolderScan::of);
        }
        Files.delete(world.resolve("kept.md"));
        assertEquals(404, await(() -> status("/api/articles/kept"), 404));
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
        Awaitility.await("a broken file changes nothing").during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(4))
                .until(() -> title("/api/articles/second").equals("Second story, edited"));

        Files.delete(FOLDER.resolve("second.md"));
        assertEquals(404, await(() -> status("/api/articles/second"), 404));
        assertEquals(200, status("/api/articles/first"));
    }

    @Test
    void followsFoldersAndWireCopySidecarsWithinTwoSeconds() throws Exception {
        Path world = Files.createDirectories(FOLDER.resolve("world"));
        // the sidecar names its photo by its path on the site: a file of the content folder's static/
        Path photo = FOLDER.resolve("static/images/kyiv-substation.jpg");
        Files.createDirectories(photo.getParent());
        Files.copy(Path.of("../examples/static/images/kyiv-substation.jpg"), photo);
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

    @Test
    void loadsTheGoodFilesOfAFolderMovedInBesideOneThatCannotBeRead() throws Exception {
        Path incoming = Files.createDirectories(Path.of("target/test-incoming/batch"));
        Files.writeString(incoming.resolve("moved-a.json"), json("Moved A"));
        Files.writeString(incoming.resolve("moved-b.json"), "[".repeat(1001) + "]".repeat(1001));
        Files.writeString(incoming.resolve("moved-c.json"), json("Moved C"));
        Files.move(incoming, FOLDER.resolve("batch"));
        assertEquals(200, await(() -> status("/api/articles/moved-a"), 200));
        assertEquals(200, await(() -> status("/api/articles/moved-c"), 200));

        Files.writeString(FOLDER.resolve("batch/moved-b.json"), json("Moved B, mended"));
        assertEquals("Moved B, mended", await(() -> title("/api/articles/moved-b"), "Moved B, mended"));
    }

    @Test
    void theApiAndTheFolderNeverOverwriteEachOthersArticles() throws Exception {
        String body = "{\"id\": \"api-owned\", \"title\": \"From the API\", \"published\": \"2024-11-28\"}";
        given().header("Authorization", "Bearer test-token-1").contentType("application/json").body(body)
                .post("/api/articles").then().statusCode(201);
        Files.writeString(FOLDER.resolve("api-owned.json"), json("From a file"));
        Files.writeString(FOLDER.resolve("folder-owned.json"), json("Folder story"));
        assertEquals(200, await(() -> status("/api/articles/folder-owned"), 200));
        assertEquals("From the API", title("/api/articles/api-owned"));

        given().header("Authorization", "Bearer test-token-1").contentType("application/json")
                .body(body.replace("api-owned", "folder-owned")).put("/api/articles/folder-owned").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("The article \"folder-owned\" comes from a file of the"
                        + " content folder (HERALD_CONTENT_DIR) and is read-only through the API: edit or delete the file"
                        + " instead."));
        given().header("Authorization", "Bearer test-token-1").delete("/api/articles/folder-owned").then().statusCode(409);
        assertEquals("Folder story", title("/api/articles/folder-owned"));

        Files.delete(FOLDER.resolve("api-owned.json"));
        Files.writeString(FOLDER.resolve("marker.json"), json("Marker"));
        assertEquals(200, await(() -> status("/api/articles/marker"), 200));
        assertEquals("From the API", title("/api/articles/api-owned"));
    }

    @Test
    void neverPublishesAFileWhileItIsBeingRewritten() throws Exception {
        String whole = "---\ntitle: Torn\npublished: 2024-11-28T09:30:00Z\n---\n" + "Paragraph of the story. ".repeat(400) + "\n";
        Path file = FOLDER.resolve("torn.md");
        Files.writeString(file, whole);
        assertEquals(200, await(() -> status("/api/articles/torn"), 200));
        String published = given().get("/api/articles/torn").jsonPath().getString("bodyHtml");
        String edited = whole.replace("Paragraph of the story.", "Edited paragraph.");
        java.util.Set<Integer> lengthsSeen = new java.util.HashSet<>();
        try (java.io.OutputStream out = Files.newOutputStream(file)) { // truncates, as an editor saving in place does
            byte[] bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length / 10);
            out.flush();
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                lengthsSeen.add(given().get("/api/articles/torn").jsonPath().getString("bodyHtml").length());
            }
            out.write(bytes, bytes.length / 10, bytes.length - bytes.length / 10);
        }
        String finished = await(() -> given().get("/api/articles/torn").jsonPath().getString("bodyHtml"),
                "<p>" + "Edited paragraph. ".repeat(400).strip() + "</p>\n");
        assertEquals("<p>" + "Edited paragraph. ".repeat(400).strip() + "</p>\n", finished);
        assertEquals(java.util.Set.of(published.length()), lengthsSeen, "only the old whole body was served meanwhile");
    }

    private static String json(String title) {
        return "{\"title\": \"" + title + "\", \"published\": \"2024-11-28T10:00:00Z\"}";
    }

    /** Polls for up to two seconds (and a little slack) until the value is the one expected; returns the last seen. */
    private static <T> T await(Supplier<T> check, T expected) {
        try {
            Awaitility.await().atMost(Duration.ofMillis(2_500)).pollInterval(Duration.ofMillis(100))
                    .until(() -> expected.equals(check.get()));
        } catch (ConditionTimeoutException e) {
            // the assertion that follows shows what was seen instead
        }
        return check.get();
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
