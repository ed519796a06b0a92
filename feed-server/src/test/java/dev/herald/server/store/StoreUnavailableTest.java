package dev.herald.server.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.herald.core.io.AtomicFolder;
import dev.herald.server.TestArticles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot be written (here its table gone, as a full disk or a lost database leave it)
 * answers a write with 503 and a time to try again, not a 500, and takes writes again once it can.
 */
@QuarkusTest
@TestProfile(StoreUnavailableTest.OwnStore.class)
class StoreUnavailableTest {

    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a file, as the server's store is, so the database can be closed under the pool and opened again
            try {
                AtomicFolder.deleteRecursively(Path.of("target/test-store-unavailable").toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./target/test-store-unavailable/herald;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteTheStoreCannotTakeIsA503ThatSaysWhenToTryAgain() throws SQLException {
        TestArticles.post("before", "Before the failure", "Harbour");
        sql("ALTER TABLE articles RENAME TO articles_away");
        try {
            put("during").then().statusCode(503).contentType("application/problem+json").header("Retry-After", "10")
                    .body("detail", equalTo("The article store cannot be used now (the failure is logged): try again shortly."));
        } finally {
            sql("ALTER TABLE articles_away RENAME TO articles");
        }
        put("after").then().statusCode(201);
        given().get("/api/articles/during").then().statusCode(404);
        given().get("/api/articles/before").then().statusCode(200);
    }

    @Test
    void writesGoOnOnceTheDatabaseClosedUnderThePoolOpensAgain() throws SQLException {
        // H2 closes a database whose disk is full; the pool's connections then answer "closed" to
        // everything, however much room there is again, until one is tried before it is lent
        TestArticles.post("first", "First story", "Harbour");
        sql("SHUTDOWN");
        put("second").then().statusCode(201);
        given().get("/api/articles/first").then().statusCode(200);
    }

    private static Response put(String id) {
        return given().header(TestArticles.TOKEN).contentType("application/json")
                .body("{\"title\": \"Story " + id + "\", \"published\": \"2024-11-28T09:30:00Z\", \"body\": \"Text.\"}")
                .put("/api/articles/" + id);
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
