package dev.herald.server.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store written by a server of before migration 3 (article JSON beside the index columns, no
 * tags column): the new server migrates it, fills in the tags from the JSON and serves it.
 */
@QuarkusTest
@TestProfile(UpgradedStoreTest.FromVersion2.class)
class UpgradedStoreTest {

    private static final String URL = "jdbc:h2:mem:herald-upgrade;DB_CLOSE_DELAY=-1";

    public static class FromVersion2 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoreAtVersion2.class));
        }
    }

    /** Migrates a fresh database to version 2 only and stores one article as that server did. */
    public static class StoreAtVersion2 implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            Flyway.configure().dataSource(URL, "herald", "").locations("classpath:db/migration").target("2")
                    .load().migrate();
            try (Connection connection = DriverManager.getConnection(URL, "herald", "");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO articles (id, published, updated, json) VALUES (?, ?, NULL, ?)")) {
                insert.setString(1, "from-version-2");
                insert.setObject(2, java.time.OffsetDateTime.parse("2024-01-02T03:04:05Z"));
                insert.setString(3, "{\"id\":\"from-version-2\",\"title\":\"Stored before version 3\","
                        + "\"summary\":\"Old.\",\"bodyHtml\":\"<p>Old.</p>\",\"published\":\"2024-01-02T03:04:05Z\","
                        + "\"authors\":[],\"tags\":[\"Archive\",\"Zürich\"]}");
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", URL);
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void servesArticlesStoredBeforeTheIndexColumns() {
        given().get("/tags/archive/atom.xml").then().statusCode(200)
                .body("feed.entry.title", equalTo("Stored before version 3"));
        given().get("/tags/zürich/feed.json").then().statusCode(200)
                .body("items[0].id", endsWith(":from-version-2"));
        given().get("/api/tags").then().statusCode(200).body("find { it.slug == 'archive' }.count", equalTo(1));
    }
}
