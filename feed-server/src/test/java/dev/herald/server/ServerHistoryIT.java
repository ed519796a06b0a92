package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.SharedFiles;
import dev.herald.core.feed.FeedHistoryWalker;
import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server on a content folder of 10,000 generated articles: a feed reader walks
 * every feed back along RFC 5005's links over HTTP and gets every article once, newest to
 * oldest; an article written through the API leaves every full archive document's and older
 * page's ETag as it was.
 */
class ServerHistoryIT {

    private static final String BASE = "https://news.example.org";
    private static final String TAG = "politics";

    @TempDir
    Path folder;

    @Test
    void readersWalkEveryFeedBackAndFullArchivesKeepTheirEtagsThroughWrites() throws Exception {
        Path corpus = folder.resolve("corpus");
        Process generator = new ProcessBuilder("/usr/bin/python3", SharedFiles.require("bench/gen-corpus").toString(),
                "10000", corpus.toString(), "--herald").inheritIO().start();
        assertTrue(generator.waitFor(120, TimeUnit.SECONDS) && generator.exitValue() == 0, "gen-corpus failed");
        ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults().withBaseUrl(URI.create(BASE)));
        List<Article> articles = InputResolver.articleFiles(corpus).parallelStream()
                .flatMap(file -> reader.read(file).articleList().stream()).sorted(TagQuery.NEWEST_FIRST).toList();

        Map<String, String> environment = Map.of("HERALD_CONTENT_DIR", corpus.toString(),
                "HERALD_DATA_DIR", folder.resolve("data").toString(), "HERALD_API_TOKENS", "it-token",
                "HERALD_BASE_URL", BASE);
        try (ServerProcess server = ServerProcess.launch(folder, ServerProcess.freePort(), environment).awaitReady()) {
            // the content folder loads after start-up; the sitemap lists its articles once it has
            Awaitility.await("the content folder loaded").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> server.get("/sitemap.xml").body().split("/articles/", -1).length - 1 == 10_000);

            List<String> all = articles.stream().map(Article::id).toList();
            List<String> tagged = articles.stream().filter(article -> article.hasTag(TAG)).map(Article::id).toList();
            for (String format : List.of("feed.xml", "atom.xml", "feed.json")) {
                assertEquals(all, walk(server, "/" + format), format);
                assertEquals(tagged, walk(server, "/tags/" + TAG + "/" + format), TAG + " " + format);
            }

            int archives = (10_000 - 50) / 50 + 1;
            Map<String, String> etags = new HashMap<>();
            for (int n = 1; n <= archives; n++) {
                for (String path : List.of("/archives/" + n + "/atom.xml", "/archives/" + n + "/feed.json", "/page/" + n + "/")) {
                    etags.put(path, server.get(path).headers().firstValue("ETag").orElseThrow());
                }
            }
            HttpResponse<String> created = server.send(server.request("/api/articles")
                    .header("Authorization", "Bearer it-token").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"arrival\", \"title\": \"Arrival\","
                            + " \"published\": \"2025-07-01T08:00:00Z\", \"tags\": [\"politics\"]}")));
            assertEquals(201, created.statusCode(), created.body());

            for (Map.Entry<String, String> before : etags.entrySet()) {
                String now = server.get(before.getKey()).headers().firstValue("ETag").orElseThrow();
                if (before.getKey().contains("/" + archives + "/")) {
                    assertNotEquals(before.getValue(), now, before.getKey() + " holds the article pushed out");
                } else {
                    assertEquals(before.getValue(), now, before.getKey());
                }
            }
            assertEquals("arrival", walk(server, "/feed.json").get(0));
        }
    }

    private static List<String> walk(ServerProcess server, String feed) throws IOException, InterruptedException {
        List<FeedHistoryWalker.Visited> walk = FeedHistoryWalker.walk(BASE + feed, "prev-archive", url -> {
            HttpResponse<String> response = server.get(url.substring(BASE.length()));
            assertEquals(200, response.statusCode(), url);
            return response.body();
        });
        return FeedHistoryWalker.ids(walk).stream().map(id -> id.substring(id.lastIndexOf(':') + 1)).toList();
    }
}
