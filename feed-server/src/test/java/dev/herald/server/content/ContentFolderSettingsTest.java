package dev.herald.server.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.io.AtomicFolder;
import dev.herald.server.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A content folder with a {@code herald.yaml} makes the same articles on the server as {@code
 * herald build} makes of it: the vocabulary tags wire copy, the site's authors sign what names no
 * author, {@code static} names the own files; the server's configuration overrides the file, and
 * the base URL stays the server's.
 */
@QuarkusTest
@TestProfile(ContentFolderSettingsTest.WithSettingsFile.class)
class ContentFolderSettingsTest {

    static final Path FOLDER = Path.of("target/test-content-settings");

    /** A harbour newsroom's folder: settings (one key unknown), wire copy, an article, own files in assets/. */
    public static class WithSettingsFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                AtomicFolder.deleteRecursively(FOLDER);
                Files.createDirectories(FOLDER.resolve("assets"));
                Files.writeString(FOLDER.resolve("herald.yaml"), """
                        title: Harbour Gazette
                        description: News from the quays.
                        baseUrl: https://harbour.example.org
                        language: de
                        theme: dark
                        authors:
                          - Harbour Desk
                        tags:
                          - Ferries
                          - Storms
                          - Lighthouse
                        static: assets
                        """);
                Files.writeString(FOLDER.resolve("ferries-resume.txt"), """
                        Ferry Crossings Resume After Three Days of Storms
                        The harbour ferries sailed again on Tuesday morning after storms kept every boat in port since Saturday.
                        The first crossing left at six, half full, and the operator said the timetable would be normal by the evening.
                        """);
                Files.writeString(FOLDER.resolve("ferries-resume.meta.yaml"), "published: 2026-11-03T06:00:00Z\n");
                Files.writeString(FOLDER.resolve("quay-market.md"),
                        "---\ntitle: Quay Market Opens\npublished: 2026-11-02T09:00:00Z\ntags: [Market]\n---\nThe winter market opened.\n");
                // wire copy by its name, were assets/ not the site's own files
                Files.writeString(FOLDER.resolve("assets/tides.txt"), "Tide tables for November, kept as a plain text file.\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("herald.content-dir", FOLDER.toString(),
                    "herald.site.description", "Quay news, live.",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-content-settings;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void saysThatAnEditedSettingsFileWantsARestart() throws IOException {
        try (LogCapture log = LogCapture.of(ContentFolderWatcher.class.getName())) {
            Files.writeString(FOLDER.resolve("herald.yaml"), "# the desk's note\n", StandardOpenOption.APPEND);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> log.messages(Level.ALL).stream()
                    .anyMatch(message -> message.contains("restart it to apply")));
        }
        assertEquals("Harbour Gazette", given().get("/feed.json").jsonPath().getString("title"));
    }

    @Test
    void publishesTheFolderAsItsSettingsFileSaysUnderTheServersConfiguration() {
        JsonPath feed = given().get("/feed.json").then().statusCode(200).extract().jsonPath();
        assertEquals("Harbour Gazette", feed.getString("title"));
        assertEquals("Quay news, live.", feed.getString("description"));
        assertEquals("de", feed.getString("language"));
        String baseUrl = ConfigProvider.getConfig().getValue("herald.base-url", String.class);
        assertEquals(baseUrl + "/feed.json", feed.getString("feed_url"));

        assertEquals(List.of("Ferry Crossings Resume After Three Days of Storms", "Quay Market Opens"),
                feed.getList("items.title", String.class));
        assertEquals(List.of("Storms", "Ferries"), feed.getList("items[0].tags", String.class));
        assertEquals(List.of("Harbour Desk"), feed.getList("items[0].authors.name", String.class));
        assertEquals(List.of("Harbour Desk"), feed.getList("items[1].authors.name", String.class));

        assertEquals("Tide tables for November, kept as a plain text file.\n",
                given().get("/tides.txt").then().statusCode(200).extract().asString());
        given().get("/api/articles/tides").then().statusCode(404);
    }
}
