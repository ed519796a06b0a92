package dev.herald.server.websub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code HERALD_WEBSUB_ENABLED=false}: no hub at /websub and none advertised. */
@QuarkusTest
@TestProfile(HubOffTest.Off.class)
class HubOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.websub.enabled", "false",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:herald-hub-off;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void thereIsNoHubAndNoneIsAdvertised() {
        given().formParams(Map.of("hub.mode", "subscribe", "hub.callback", "https://example.com/callback",
                "hub.topic", "https://news.example.org/feed.xml")).post("/websub").then().statusCode(404);
        given().get("/atom.xml").then().statusCode(200).header("Link", not(containsString("rel=\"hub\"")))
                .body(not(containsString("rel=\"hub\"")));
        given().get("/feed.json").then().body("hubs", nullValue());
    }
}
