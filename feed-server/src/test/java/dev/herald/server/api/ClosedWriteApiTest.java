package dev.herald.server.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ClosedWriteApiTest.NoTokens.class)
class ClosedWriteApiTest {

    /** The server as installed: no HERALD_API_TOKENS. */
    public static class NoTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.api.tokens", "", "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-closed;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void answers403ToEveryWriteAndStoresNothing() {
        given().header("Authorization", "Bearer anything").contentType("application/json")
                .body("{\"title\": \"Closed\", \"published\": \"2024-11-28\"}")
                .post("/api/articles").then()
                .statusCode(403)
                .header("Content-Type", "application/problem+json")
                .body("detail", equalTo("The write API is closed: the server has no HERALD_API_TOKENS configured."));
        given().header("Authorization", "Bearer anything").delete("/api/articles/closed").then().statusCode(403);
        given().get("/api/articles/closed").then().statusCode(404);
    }
}
