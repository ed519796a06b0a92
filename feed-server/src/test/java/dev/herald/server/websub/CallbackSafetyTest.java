package dev.herald.server.websub;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the default configuration the hub refuses callbacks inside the network it runs in. */
@QuarkusTest
class CallbackSafetyTest {

    @Test
    void refusesLoopbackPrivateAndLinkLocalCallbacks() {
        Map<String, String> kinds = Map.of(
                "http://127.0.0.1:8080/callback", "loopback",
                "http://10.0.0.1/callback", "private",
                "http://[::1]:9000/callback", "loopback",
                "http://169.254.169.254/latest/meta-data/", "link-local",
                "https://localhost/callback", "loopback",
                "http://192.168.1.20/callback", "private",
                "http://[fd00::1]/callback", "private",
                "http://0.0.0.0/callback", "non-unicast");
        kinds.forEach((callback, kind) -> given()
                .formParams(Map.of("hub.mode", "subscribe", "hub.callback", callback,
                        "hub.topic", "https://news.example.org/feed.xml"))
                .post("/websub").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("hub.callback"))
                .body("errors[0].message", containsString("a " + kind)));
    }

    @Test
    void refusesCallbacksThatAreNotHttpOrHaveNoHost() {
        for (String callback : List.of("file:///etc/passwd", "javascript:alert(1)", "/relative/callback",
                "http://user:secret@example.com/callback", "gopher://example.com/")) {
            given().formParams(Map.of("hub.mode", "subscribe", "hub.callback", callback,
                    "hub.topic", "https://news.example.org/feed.xml"))
                    .post("/websub").then().statusCode(400).body("errors[0].field", equalTo("hub.callback"));
        }
    }
}
