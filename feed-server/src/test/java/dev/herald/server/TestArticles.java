package dev.herald.server;

import static io.restassured.RestAssured.given;

import io.restassured.http.Header;

/** Articles written through the API of the server under test (the test profile's first token). */
public final class TestArticles {

    /** A token the test profile accepts. */
    public static final Header TOKEN = new Header("Authorization", "Bearer test-token-1");

    private TestArticles() {
    }

    /** Creates an article published 2024-11-28T09:30:00Z with these tags. */
    public static void post(String id, String title, String... tags) {
        postAt("2024-11-28T09:30:00Z", id, title, tags);
    }

    /** Creates an article published at {@code published} with these tags. */
    public static void postAt(String published, String id, String title, String... tags) {
        String tagList = String.join("\", \"", tags);
        given().header(TOKEN).contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"published\": \"" + published + "\","
                        + " \"tags\": [\"" + tagList + "\"], \"body\": \"Text of " + title + ".\"}")
                .post("/api/articles").then().statusCode(201);
    }

    /** Deletes every article, so a test starts from an empty store. */
    public static void deleteAll() {
        for (String id : given().header(TOKEN).get("/api/articles?limit=500&drafts=true").jsonPath().getList("id", String.class)) {
            given().header(TOKEN).delete("/api/articles/" + id).then().statusCode(204);
        }
    }
}
