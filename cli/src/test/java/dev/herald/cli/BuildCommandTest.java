package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void writesTheWholeUrlSpace() {
        Path site = folder.resolve("site");
        CliRun run = CliRun.of("build", "../examples", "--out", site.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Set<String> files = SiteFiles.contents(site).keySet();
        List<String> expected = List.of("feed.xml", "atom.xml", "feed.json", "index.html", "opml.xml", "tags/index.html",
                "tags/nato/feed.xml", "tags/nato/atom.xml", "tags/nato/feed.json", "tags/nato/index.html",
                "tags/東京/feed.xml", "tags/экономика/feed.xml",
                "articles/kyiv-power-grid/index.html", "articles/lisbon-record-november-heat/index.html",
                "archive/index.html", "archive/2024/11/index.html", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html");
        assertTrue(files.containsAll(expected), files.toString());
        // 3 main feeds, index, tag list, OPML, stylesheet; 13 tags × (3 feeds + page); 9 articles (a draft and
        // an article scheduled for 2030 left out); the marker; the month archive's index and two months; sitemap,
        // news sitemap, robots.txt; 7 images of static/; the 404 page. 9 articles fit the current feeds (50): no
        // archive documents, no older pages
        assertEquals(7 + 13 * 4 + 9 + 1 + 3 + 3 + 7 + 1, files.size(), files.toString());
        assertTrue(files.contains("images/comet.png"), files.toString());
        assertTrue(files.stream().noneMatch(file -> file.contains("budget-preview") || file.contains("space-launch")));
        assertTrue(files.stream().noneMatch(file -> file.contains("archives/") || file.contains("page/")), files.toString());
        assertTrue(files.contains(".herald-site"));
        assertEquals("", run.out());
        assertTrue(run.err().matches("herald: 9 articles, 13 tags, 82 files \\(82 changed, 0 removed\\) in .*site, \\d+\\.\\d s;"
                + " not published: 1 draft, 1 scheduled, next 2030-01-15T09:00Z\\n"), run.err());
    }

    @Test
    void writesThePageStaticHostsShowForNoFileUnlessTheSiteHasItsOwn() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url",
                "https://news.example.org/desk/").exitCode());
        String heralds = Files.readString(site.resolve("404.html"));
        assertTrue(heralds.contains("<title>Page not found") && heralds.contains("href=\"https://news.example.org/desk/\""),
                heralds);

        Path own = Files.writeString(source.resolve("static/404.html"), "<!doctype html><title>Lost?</title><p>Our own.</p>");
        CliRun withOwn = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url", "https://news.example.org/desk/");
        assertEquals(ExitCode.OK, withOwn.exitCode(), withOwn.err());
        assertEquals(Files.readString(own), Files.readString(site.resolve("404.html")));

        Files.delete(own);
        CliRun withoutAgain = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url", "https://news.example.org/desk/");
        assertEquals(ExitCode.OK, withoutAgain.exitCode(), withoutAgain.err());
        assertEquals(heralds, Files.readString(site.resolve("404.html")));
    }

    @Test
    void keepsA404PagePutIntoTheSiteByHand() throws Exception {
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", "../examples", "--out", site.toString()).exitCode());
        // a site built by a Herald that wrote no 404.html, the editor's own page put beside it by hand
        String written = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("404.html".getBytes(StandardCharsets.UTF_8)));
        Path marker = site.resolve(".herald-site");
        Files.writeString(marker, Files.readString(marker).replace(written + "\n", ""));
        String own = "<!doctype html><title>Lost?</title><p>Put here by hand.</p>";
        Files.writeString(site.resolve("404.html"), own);

        CliRun again = CliRun.of("build", "../examples", "--out", site.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals(own, Files.readString(site.resolve("404.html")));
        assertFalse(Files.readString(marker).contains(written), "still not Herald's");
    }

    @Test
    void aBaseUrlThatIsNoWebAddressIsAUsageErrorThatSaysWhy() {
        Path site = folder.resolve("site");
        for (String[] urlAndReason : List.of(
                new String[] {"ftp://news.example.org", "cannot be the site's base URL: it must be an absolute http or https URL"},
                new String[] {"news.example.org", "cannot be the site's base URL: it must be an absolute http or https URL"},
                new String[] {"https://news.example.org/our news", "Illegal character in path at character 29 (write a space as %20)"},
                new String[] {"https://news.example.org/?edition=uk", "must have no query or fragment (nothing after a ? or #)"},
                new String[] {"https://editor:secret@news.example.org/", "must name no user or password"},
                new String[] {"https://news.example.org:99999/", "has a port out of range"})) {
            CliRun run = CliRun.of("build", "../examples", "--out", site.toString(), "--base-url", urlAndReason[0]);
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("herald: Invalid value for option '--base-url': '" + urlAndReason[0] + "' "),
                    run.err());
            assertTrue(run.err().contains(urlAndReason[1]), run.err());
            assertFalse(Files.exists(site));
        }
    }

    @Test
    void anArticleLinkThatLeadsToNoFileIsAProblemNotAMissingArticle() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Path link = Files.createSymbolicLink(source.resolve("moved-story.md"), folder.resolve("archive/moved-story.md"));
        Path site = folder.resolve("site");

        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString());

        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(link + ": a link to " + folder.resolve("archive/moved-story.md") + ", which is no file (fix or"
                + " remove the link)\nherald: 1 problem; " + site + " left as it was (--keep-going publishes the valid"
                + " articles)\n", run.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void changesNoFileWhenNothingChanged() throws IOException {
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", "../examples", "--out", site.toString()).exitCode());
        Map<String, String> before = SiteFiles.contents(site);
        ageAllFiles(site);
        CliRun again = CliRun.of("build", "../examples", "--out", site.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals(before, SiteFiles.contents(site));
        assertEquals(Set.of(OLD), Set.copyOf(SiteFiles.times(site).values()));
        assertTrue(again.err().contains("(0 changed, 0 removed)"), again.err());
    }

    @Test
    void anUnchangedRebuildSaysItsProblemsAgain() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Files.writeString(source.resolve("broken.md"), "---\ntitle: \"No date\"\n---\nText.\n");
        Path site = folder.resolve("site");
        CliRun first = CliRun.of("build", source.toString(), "--out", site.toString(), "--keep-going");
        assertEquals(ExitCode.INVALID_INPUT, first.exitCode(), first.err());
        String problem = first.err().lines().filter(line -> line.contains("broken.md")).findFirst().orElseThrow();

        CliRun again = CliRun.of("build", source.toString(), "--out", site.toString(), "--keep-going");
        assertEquals(ExitCode.INVALID_INPUT, again.exitCode(), again.err());
        assertTrue(again.err().startsWith(problem + "\n"), again.err());
        assertTrue(again.err().contains("(0 changed, 0 removed)"), again.err());
        CliRun strict = CliRun.of("build", source.toString(), "--out", site.toString());
        assertEquals(ExitCode.INVALID_INPUT, strict.exitCode(), strict.err());
        assertTrue(strict.err().endsWith("left as it was (--keep-going publishes the valid articles)\n"), strict.err());
    }

    @Test
    void rewritesOnlyTheFilesAnEditChanges() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        ageAllFiles(site);
        Path story = source.resolve("moscow-grain-exports.md");
        Files.writeString(story, Files.readString(story).replace("Цены и спрос", "Цены"));
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Set<String> changed = SiteFiles.times(site).entrySet().stream().filter(e -> !e.getValue().equals(OLD))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("articles/moscow-grain-exports/index.html", "atom.xml", "feed.json", "feed.xml",
                "tags/russia/atom.xml", "tags/russia/feed.json", "tags/russia/feed.xml",
                "tags/экономика/atom.xml", "tags/экономика/feed.json", "tags/экономика/feed.xml")), changed);
    }

    @Test
    void keepsTheOldVersionsAnUpdateReplacedForTheNextBuildToWriteInto() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Path site = folder.resolve("site");
        Path trash = folder.resolve(".site.herald-trash");
        Path page = site.resolve("articles/moscow-grain-exports/index.html");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        String oldPage = Files.readString(page);
        Path story = source.resolve("moscow-grain-exports.md");
        Files.writeString(story, Files.readString(story).replace("Цены и спрос", "Цены"));
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        Map<String, String> first = SiteFiles.contents(trash);
        // the article's page, the three main feeds and the three of each of its two tags
        assertEquals(10, first.size(), first.keySet().toString());
        assertTrue(first.containsValue(oldPage));
        String editedPage = Files.readString(page);
        Set<Object> spares = fileKeys(trash);

        Files.writeString(story, Files.readString(story).replace("Цены", "Спрос"));
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        Map<String, String> second = SiteFiles.contents(trash);
        assertTrue(second.containsValue(editedPage), "the second update's old versions are kept");
        assertFalse(second.containsValue(oldPage), "the first update's are written over or deleted");
        assertTrue(Files.readString(page).contains("Спрос"));
        assertTrue(spares.contains(Files.readAttributes(page, BasicFileAttributes.class).fileKey()),
                "the new page written into one of the first update's old files");
    }

    private static Set<Object> fileKeys(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            Set<Object> keys = new HashSet<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                keys.add(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
            return keys;
        }
    }

    @Test
    void leavesTheSiteAsItWasWhenAnArticleIsBroken() throws IOException {
        Path source = SiteFiles.copyFolder(Path.of("../examples"), folder, "src");
        Path site = folder.resolve("site");
        assertEquals(ExitCode.OK, CliRun.of("build", source.toString(), "--out", site.toString()).exitCode());
        Map<String, String> before = SiteFiles.contents(site);
        Files.writeString(source.resolve("broken.md"), "---\ntitle: Broken\npublished: soon\n---\n");

        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(source.resolve("broken.md") + ":3: published: is not a date-time: \"soon\""
                + " (use 2024-11-28T09:30:00Z, 2024-11-28T09:30+01:00 or 2024-11-28)\n"
                + "herald: 1 problem; " + site + " left as it was (--keep-going publishes the valid articles)\n", run.err());
        assertEquals(before, SiteFiles.contents(site));
        assertNoTemporaryFolders();

        CliRun keepGoing = CliRun.of("build", source.toString(), "--out", site.toString(), "--keep-going");
        assertEquals(ExitCode.INVALID_INPUT, keepGoing.exitCode());
        assertEquals(before, SiteFiles.contents(site));
        assertNoTemporaryFolders();
    }

    @Test
    void publishesTheValidArticlesWithKeepGoing() throws IOException {
        Path source = Files.createDirectories(folder.resolve("src"));
        Files.writeString(source.resolve("good.md"), "---\ntitle: Good\npublished: 2024-11-28\ntags: [A]\n---\nText.\n");
        Files.writeString(source.resolve("bad.md"), "---\ntitle: Bad\n---\n");
        Path site = folder.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--keep-going");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(Files.isRegularFile(site.resolve("articles/good/index.html")));
        assertFalse(Files.exists(site.resolve("articles/bad")));
    }

    @Test
    void listsTagsMostUsedFirst() {
        CliRun text = CliRun.of("tags", "../examples");
        assertEquals(ExitCode.OK, text.exitCode(), text.err());
        assertEquals(List.of("5\teurope\tEurope", "3\tclimate\tClimate", "3\tenergy\tEnergy"),
                text.out().lines().limit(3).toList());
        CliRun json = CliRun.of("tags", "../examples", "--format", "json");
        assertTrue(json.out().startsWith("[ {\n  \"slug\" : \"europe\",\n  \"label\" : \"Europe\",\n  \"count\" : 5\n}, {"),
                json.out());
    }

    private void ageAllFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, OLD);
            }
        }
    }

    // the build state, the lock and an update's old versions (the trash, until the next build) stay
    // beside the site; nothing else hidden does
    private void assertNoTemporaryFolders() throws IOException {
        Set<String> kept = Set.of(".site.herald-build", ".site.herald-lock", ".site.herald-trash");
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !kept.contains(n))
                    .toList());
        }
    }
}
