package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder, the same site: {@code herald build} of the examples (settings file, wire copy,
 * own files, a draft, an embargo), or of names that need escapes (own files with spaces and
 * umlauts, tags of symbols and scripts), and the packaged server on the same folder at the same
 * base URL give the same bytes for every file of the built site, at its URL. The server's built-in hub is
 * off (a static host has none to advertise), and the OPML's {@code dateModified} is left out: the
 * server's is its last write, the build's the newest article.
 */
class SameSiteIT {

    private static final Path EXAMPLES = Path.of("../examples");
    // the reactor packages the CLI before the server's integration tests run
    private static final Path CLI = Path.of("../cli/target/herald.jar");

    @TempDir
    Path work;

    @Test
    void theServerAnswersEveryFileOfTheBuiltExamplesWithItsBytes() throws Exception {
        assertSameSite(EXAMPLES);
    }

    @Test
    void soItDoesForNamesThatNeedEscapes() throws Exception {
        Path source = Files.createDirectories(work.resolve("odd"));
        Path images = Files.createDirectories(source.resolve("static/images"));
        Files.copy(EXAMPLES.resolve("static/images/comet.png"), images.resolve("ümlaut komet.png"));
        Files.writeString(Files.createDirectories(source.resolve("static/docs")).resolve("price list.txt"), "Prices\n");
        Files.writeString(source.resolve("herald.yaml"), "title: Odd Names Gazette\nlanguage: de\nauthors: [Odd Desk]\n");
        Files.writeString(source.resolve("zürich-tram.md"), """
                ---
                title: "Zürich trams: “quotes”, <angle> & ampersands"
                published: 2026-11-30T10:00:00+01:00
                tags: [Zürich, "C++", "R&D", "A/B tests", 東京]
                image:
                  url: /images/%C3%BCmlaut%20komet.png
                  alt: A comet
                ---
                See [the price list](/docs/price%20list.txt), [the tag](/tags/z%C3%BCrich/) and [another story](other-story/).
                """);
        Files.writeString(source.resolve("other-story.json"), """
                {"id": "other-story", "title": "Other story", "published": "2026-11-29T08:00:00Z", "tags": ["R&D"],
                 "bodyHtml": "<p>A comet: <img src=\\"/images/%C3%BCmlaut%20komet.png\\" alt=\\"comet\\"></p>"}
                """);
        assertSameSite(source);
    }

    private void assertSameSite(Path source) throws Exception {
        int port = ServerProcess.freePort();
        String baseUrl = "http://127.0.0.1:" + port;
        Path site = work.resolve("site-" + port);
        assertTrue(Files.isRegularFile(CLI), "run after the CLI is packaged: " + CLI);
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                CLI.toString(), "build", source.toString(), "--out", site.toString(), "--base-url", baseUrl, "--quiet")
                .redirectErrorStream(true).start();
        String messages = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, build.waitFor(), messages);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        assertTrue(files.size() > 30, files.toString());
        Map<String, String> environment = Map.of("HERALD_DATA_DIR", work.resolve("db-" + port).toString(),
                "HERALD_CONTENT_DIR", source.toString(), "HERALD_BASE_URL", baseUrl, "HERALD_WEBSUB_ENABLED", "false");
        try (ServerProcess server = ServerProcess.launch(work, port, environment).awaitReady()) {
            for (Path file : files) {
                String path = urlPath(site.relativize(file));
                HttpResponse<byte[]> answer = server.getBytes(path);
                assertEquals(200, answer.statusCode(), path);
                if (path.equals("/opml.xml")) {
                    assertEquals(withoutDateModified(Files.readString(file)),
                            withoutDateModified(new String(answer.body(), StandardCharsets.UTF_8)), path);
                } else {
                    assertArrayEquals(Files.readAllBytes(file), answer.body(), path);
                }
            }
        }
    }

    // tags/東京/index.html → /tags/%E6%9D%B1%E4%BA%AC/
    private static String urlPath(Path relative) throws URISyntaxException {
        String path = "/" + relative.toString().replace('\\', '/');
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        return new URI(null, null, path, null).toASCIIString();
    }

    private static String withoutDateModified(String opml) {
        return opml.replaceFirst("<dateModified>[^<]*</dateModified>", "");
    }
}
