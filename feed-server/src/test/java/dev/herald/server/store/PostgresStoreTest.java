package dev.herald.server.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.server.PostgresAvailable;
import dev.herald.server.store.ArticleStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The same jar on a real PostgreSQL: HERALD_DB_URL switches the store, Flyway migrates it. */
@QuarkusTest
@TestProfile(PostgresStoreTest.OnPostgres.class)
@EnabledIf("dev.herald.server.PostgresAvailable#orRequired")
class PostgresStoreTest {

    /** HERALD_DB_URL and friends, as an operator sets them. */
    public static class OnPostgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.db.url", PostgresAvailable.URL, "herald.db.username", "postgres",
                    "herald.db.password", "");
        }
    }

    private static final Header TOKEN = new Header("Authorization", "Bearer test-token-1");

    @Inject
    ArticleStore store;

    @Test
    void storesArticlesInPostgresql() throws SQLException {
        given().header(TOKEN).delete("/api/articles/pg-story");
        given().header(TOKEN).contentType("application/json")
                .body("{\"id\": \"pg-story\", \"title\": \"Stored in PostgreSQL\", \"published\": \"2024-11-28\","
                        + " \"tags\": [\"Zürich\"]}")
                .post("/api/articles").then().statusCode(201);
        given().get("/tags/zürich/atom.xml").then().statusCode(200).body("feed.entry.title", equalTo("Stored in PostgreSQL"));

        try (Connection connection = DriverManager.getConnection(PostgresAvailable.URL, "postgres", "");
                ResultSet rows = connection.createStatement()
                        .executeQuery("SELECT published FROM articles WHERE id = 'pg-story'")) {
            assertEquals(true, rows.next());
            assertEquals("2024-11-28T00:00:00Z", rows.getTimestamp(1).toInstant().toString());
        }
        assertEquals("Stored in PostgreSQL", store.find("pg-story").orElseThrow().title());

        given().header(TOKEN).delete("/api/articles/pg-story").then().statusCode(204);
        given().get("/api/articles/pg-story").then().statusCode(404).body("status", equalTo(404));
    }
}
