package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.AtomicFolder;
import dev.herald.core.site.SitePaths;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site {@code herald build} writes from the examples (plus one story whose photo is served
 * locally), checked as its users meet it: HTML by the Nu HTML Checker, links resolved, feeds by
 * independent validators, the OPML's feeds read over HTTP by feedparser, pages opened in Chromium.
 */
class StaticSiteIT {

    private static final String PHOTO_STORY = """
            ---
            id: harbour-photo
            title: Harbour Cranes Return After the Storm
            published: 2024-12-05T07:00:00Z
            authors: [Photo Desk]
            tags: [Transport]
            image:
              url: BASE/images/harbour.png
              caption: Cranes line the harbour at dawn.
              credit: Herald/Nina Berg
            ---
            The cranes were back at work on Friday.
            """;

    @TempDir
    static Path folder;

    /** Where screenshots are kept for a person to look at (not committed: target/ is ignored). */
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Path source;
    private static Path site;
    private static String baseUrl;
    private static Process server;
    private static Path serverLog;

    @BeforeAll
    static void buildAndServe() throws IOException, InterruptedException {
        int port = freePort();
        baseUrl = "http://127.0.0.1:" + port;
        source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Files.writeString(source.resolve("harbour-photo.md"), PHOTO_STORY.replace("BASE", baseUrl));
        site = folder.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url", baseUrl);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        writePhoto(site.resolve("images/harbour.png"));

        serverLog = folder.resolve("server.log");
        server = new ProcessBuilder(ExternalTools.require("/usr/bin/python3").toString(), "-m", "http.server",
                String.valueOf(port), "--bind", "127.0.0.1", "--directory", site.toString())
                .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
        waitUntilListening(port);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws IOException, InterruptedException {
        NuHtmlChecker.passes(htmlFiles());
    }

    @Test
    void everyInternalLinkAndOpmlFeedResolvesToAWrittenFile() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlFiles()) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element link : document.select("a[href], link[href], img[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                // site-relative URLs name the site's own files (static/), which pages keep so
                if (url.startsWith("/") && !url.startsWith("//")) {
                    url = baseUrl + url;
                }
                if (url.startsWith(baseUrl)) {
                    checked++;
                    if (!Files.isRegularFile(fileOf(url))) {
                        missing.add(site.relativize(page) + " → " + url);
                    }
                }
            }
        }
        Document opml = Jsoup.parse(Files.readString(site.resolve("opml.xml")), "", Parser.xmlParser());
        for (Element outline : opml.select("outline[xmlUrl]")) {
            for (String url : List.of(outline.attr("xmlUrl"), outline.attr("htmlUrl"))) {
                checked++;
                if (!Files.isRegularFile(fileOf(url))) {
                    missing.add("opml.xml → " + url);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 400, "only " + checked + " links checked");
    }

    @Test
    void everyFeedPassesTheValidators() throws IOException, InterruptedException {
        FeedValidators.rss(files("feed.xml"));
        FeedValidators.atom(files("atom.xml"));
        FeedValidators.json(files("feed.json"));
    }

    @Test
    void aFeedReaderSubscribedThroughTheOpmlGetsEveryTagsArticles() throws IOException, InterruptedException {
        ExternalTools.Result result = ExternalTools.run(List.of(ExternalTools.require("/usr/bin/python3").toString(),
                "src/test/python/read_opml_feeds.py", baseUrl + "/opml.xml"));
        assertEquals(0, result.exitCode(), result.output());
        Map<String, Integer> counts = new TreeMap<>();
        result.output().lines().forEach(line -> counts.put(line.substring(line.indexOf(' ') + 1),
                Integer.parseInt(line.substring(0, line.indexOf(' ')))));

        Map<String, Integer> expected = new TreeMap<>();
        expected.put(baseUrl + "/feed.xml", 10);
        CliRun tags = CliRun.of("tags", source.toString());
        tags.out().lines().map(line -> line.split("\t")).forEach(fields -> expected.put(
                baseUrl + SitePaths.tagFeed(fields[1], dev.herald.core.feed.FeedFormat.RSS), Integer.parseInt(fields[0])));
        assertEquals(expected, counts);
    }

    @Test
    void chromiumShowsTheArticleWithItsPhotoCaptionAndCredit() throws IOException, InterruptedException {
        Path screenshot = Files.createDirectories(SCREENSHOTS).resolve("article.png");
        String url = baseUrl + "/articles/harbour-photo/";
        ExternalTools.Result shot = chromium("--screenshot=" + screenshot, "--window-size=1024,1400", url);
        assertEquals(0, shot.exitCode(), shot.output());
        assertEquals(List.of(), consoleMessages(shot.output()));
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1024, image.getWidth());

        String dom = chromium("--dump-dom", url).output();
        Document page = Jsoup.parse(dom);
        assertEquals("Harbour Cranes Return After the Storm", page.selectFirst("article h1").text());
        assertEquals("Cranes line the harbour at dawn. Herald/Nina Berg", page.selectFirst("figure figcaption").text());
        assertEquals("Herald/Nina Berg", page.selectFirst("figcaption .credit").text());
        assertTrue(Files.readString(serverLog).contains("\"GET /images/harbour.png HTTP/1.1\" 200"),
                "the photo was not loaded:\n" + Files.readString(serverLog));
    }

    @Test
    void chromiumLoadsTheSitesOwnImagesOnAnArticlePage() throws IOException, InterruptedException {
        Path screenshot = Files.createDirectories(SCREENSHOTS).resolve("article-own-image.png");
        String url = baseUrl + "/articles/tokyo-night-trains/";
        ExternalTools.Result shot = chromium("--screenshot=" + screenshot, "--window-size=1024,1400", url);
        assertEquals(0, shot.exitCode(), shot.output());
        assertEquals(List.of(), consoleMessages(shot.output()));
        Document page = Jsoup.parse(chromium("--dump-dom", url).output());
        assertEquals("/images/tokyo-platform.png", page.selectFirst("figure img").attr("src"));
        // the browser fetched the image the page names from the site's own files, and got it
        assertTrue(Files.readString(serverLog).contains("\"GET /images/tokyo-platform.png HTTP/1.1\" 200"),
                "the image was not loaded:\n" + Files.readString(serverLog));
        assertTrue(Files.isRegularFile(site.resolve("images/tokyo-platform.png")));
    }

    @Test
    void everyImageOfTheIndexAndOfArticlePagesDecodesInChromium() throws IOException, InterruptedException {
        // the pages run no script, so a probe page of the same origin opens each in a frame and reads
        // naturalWidth, which is 0 for an image that did not load (a broken-image placeholder)
        Path probe = folder.resolve("probe-images.html");
        Files.writeString(probe, """
                <!DOCTYPE html><html><body><pre id="out"></pre><script>
                const pages = ["/", "/articles/tokyo-night-trains/", "/articles/brussels-ministers/",
                  "/articles/north-sea-wind-auction/", "/articles/kyiv-power-grid/"];
                const lines = [];
                let left = pages.length;
                for (const page of pages) {
                  const frame = document.createElement("iframe");
                  frame.onload = () => {
                    const images = frame.contentDocument.images;
                    lines.push(page + " " + images.length + " " + Array.from(images)
                        .map(i => i.getAttribute("src") + "=" + i.naturalWidth).join(" "));
                    if (--left === 0) { document.getElementById("out").textContent = lines.sort().join("\\n"); }
                  };
                  frame.src = page;
                  document.body.appendChild(frame);
                }
                </script></body></html>
                """);
        Files.copy(probe, site.resolve("probe-images.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            String dom = chromium("--virtual-time-budget=10000", "--dump-dom", baseUrl + "/probe-images.html").output();
            String report = Jsoup.parse(dom).selectFirst("#out").text();
            assertTrue(report.contains("/articles/tokyo-night-trains/ 1 /images/tokyo-platform.png=640"), report);
            assertTrue(report.contains("/images/brussels-ministers.jpg=640"), report);
            assertTrue(report.contains("/images/turbines.jpg=640"), report);
            assertTrue(report.contains("/images/kyiv-substation.jpg=640"), report);
            assertTrue(!report.matches("(?s).*=0( |$).*"), "an image did not load: " + report);
        } finally {
            Files.delete(site.resolve("probe-images.html"));
        }
    }

    @Test
    void aPhoneShowsLongWordsAndWideTablesWithoutWideningThePage() throws IOException, InterruptedException {
        // a site of one article built under /narrow of the same server, opened in a frame as wide as a phone
        Path narrowSource = Files.createDirectories(folder.resolve("narrow-src"));
        Files.writeString(narrowSource.resolve("long-words.md"), """
                ---
                title: Donaudampfschifffahrtsgesellschaftskapitänswitwe Speaks
                published: 2024-12-05T08:00:00Z
                tags: [Verylongtagnamewithoutanyspacesatallforsure]
                ---
                Read https://www.example.com/a/very/long/path/that/never/breaks/because/it/has/no/spaces/index.html now.

                | first column | second column | third column | fourth column | fifth column |
                |---|---|---|---|---|
                | aaaaaaaaaaaa | bbbbbbbbbbbbb | cccccccccccc | ddddddddddddd | eeeeeeeeeeee |
                """);
        Path narrowSite = folder.resolve("narrow-site");
        CliRun run = CliRun.of("build", narrowSource.toString(), "--out", narrowSite.toString(), "--base-url", baseUrl + "/narrow");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        SiteFiles.copyFolder(narrowSite, site, "narrow");
        Files.writeString(site.resolve("narrow/probe.html"), """
                <!DOCTYPE html><html><body><pre id="out"></pre><script>
                const frame = document.createElement("iframe");
                frame.style.width = "390px";
                frame.style.height = "800px";
                frame.onload = () => {
                  const root = frame.contentDocument.documentElement;
                  const table = frame.contentDocument.querySelector("table");
                  document.getElementById("out").textContent = "page " + root.scrollWidth + "/" + root.clientWidth
                      + " table " + table.scrollWidth + "/" + table.clientWidth;
                };
                frame.src = "/narrow/articles/long-words/";
                document.body.appendChild(frame);
                </script></body></html>
                """);
        try {
            String dom = chromium("--virtual-time-budget=10000", "--dump-dom", baseUrl + "/narrow/probe.html").output();
            String[] report = Jsoup.parse(dom).selectFirst("#out").text().split("[ /]");
            // the page no wider than the phone; the table scrolls inside it
            assertTrue(Integer.parseInt(report[1]) <= Integer.parseInt(report[2]), String.join(" ", report));
            assertTrue(Integer.parseInt(report[4]) > Integer.parseInt(report[5]), String.join(" ", report));
        } finally {
            AtomicFolder.deleteRecursively(site.resolve("narrow"));
        }
    }

    @Test
    void chromiumShowsTheIndexWithTheLatestArticlesAndTags() throws IOException, InterruptedException {
        Path screenshot = Files.createDirectories(SCREENSHOTS).resolve("index.png");
        ExternalTools.Result shot = chromium("--screenshot=" + screenshot, "--window-size=1024,1400", baseUrl + "/");
        assertEquals(0, shot.exitCode(), shot.output());
        assertEquals(List.of(), consoleMessages(shot.output()));
        assertTrue(Files.size(screenshot) > 10_000, "screenshot looks empty");

        Document page = Jsoup.parse(chromium("--dump-dom", baseUrl + "/").output());
        assertEquals("Harbour Cranes Return After the Storm", page.selectFirst(".teaser h2").text());
        assertEquals(10, page.select(".teaser").size());
        assertEquals(3, page.select("link[rel=alternate]").size());
    }

    private static ExternalTools.Result chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(folder, "chromium-");
        List<String> command = new ArrayList<>(List.of(ExternalTools.require("chromium").toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        return ExternalTools.run(command);
    }

    /** Console messages Chromium logged: pages without scripts should log none. */
    private static List<String> consoleMessages(String log) {
        return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    private static Path fileOf(String url) {
        return SitePaths.file(site, URI.create(url).getRawPath());
    }

    private static List<Path> htmlFiles() throws IOException {
        return files("index.html");
    }

    private static List<Path> files(String name) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    private static void writePhoto(Path file) throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, new Color(30 + x * 200 / 640, 80 + y * 120 / 360, 140).getRGB());
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilListening(int port) {
        // a refused connection means not listening yet
        Awaitility.await("http.server listening on port " + port).atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> {
                    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                        return true;
                    }
                });
    }
}
