package dev.herald.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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
        List<String> metrics = given().get("/q/metrics").then().statusCode(200).extract().body().asString().lines()
                .filter(line -> !line.startsWith("#")).map(line -> line.substring(0, line.lastIndexOf(' '))).toList();
        assertTrue(metrics.contains("herald_feed_cache_total{result=\"hit\"}"), metrics.toString());
        assertTrue(metrics.contains("herald_articles"), metrics.toString());
        assertTrue(metrics.stream().anyMatch(name -> name.startsWith("http_server_requests_seconds_count{")));
    }

    @Test
    void describesTheApiInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/articles'.post", org.hamcrest.Matchers.notNullValue());
    }
}
