package dev.herald.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void reportsReadinessWithTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check", "articles index"))
                .body("checks.find { it.name == 'articles index' }.data.articles", greaterThanOrEqualTo(0));
    }

    @Test
    void countsCacheHitsInPrometheusMetrics() {
        given().get("/feed.xml").then().statusCode(200);
        given().get("/feed.xml").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("herald_feed_cache_total{result=\"hit\"}"))
                .body(containsString("herald_articles "))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void describesTheApiInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/articles'.post", org.hamcrest.Matchers.notNullValue());
    }
}
