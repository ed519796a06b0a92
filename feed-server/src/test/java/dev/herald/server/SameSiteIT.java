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
 * own files, a draft, an embargo) and the packaged server on the same folder at the same base URL
 * give the same bytes for every file of the built site, at its URL. The server's built-in hub is
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
    void theServerAnswersEveryFileOfTheBuiltSiteWithItsBytes() throws Exception {
        int port = ServerProcess.freePort();
        String baseUrl = "http://127.0.0.1:" + port;
        Path site = work.resolve("site");
        assertTrue(Files.isRegularFile(CLI), "run after the CLI is packaged: " + CLI);
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                CLI.toString(), "build", EXAMPLES.toString(), "--out", site.toString(), "--base-url", baseUrl, "--quiet")
                .redirectErrorStream(true).start();
        String messages = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, build.waitFor(), messages);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        assertTrue(files.size() > 50, files.toString());
        try (ServerProcess server = ServerProcess.launch(work, port, Map.of("HERALD_DATA_DIR", work.resolve("db").toString(),
                "HERALD_CONTENT_DIR", EXAMPLES.toString(), "HERALD_BASE_URL", baseUrl,
                "HERALD_WEBSUB_ENABLED", "false")).awaitReady()) {
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
