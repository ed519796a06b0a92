package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, scheduled and expiring articles, and the site's own files, in a static build. */
class PublishingInTimeTest {

    @TempDir
    Path folder;

    private Path corpus() throws IOException {
        Path src = Files.createDirectories(folder.resolve("src"));
        Files.writeString(src.resolve("herald.yaml"), "title: Time Desk\nbaseUrl: https://time.example.org\n");
        Files.writeString(src.resolve("out-now.md"), "---\ntitle: Out now\npublished: 2026-12-01T08:00:00Z\n"
                + "image:\n  url: /images/harbour.png\n  caption: The harbour\n---\nA story with ![a map](/files/map.png).\n");
        Files.writeString(src.resolve("desk-draft.md"), "---\ntitle: Desk draft\npublished: 2026-12-01T09:00:00Z\n"
                + "draft: true\n---\nNot yet.\n");
        Files.writeString(src.resolve("embargoed.json"), "{\"title\": \"Embargoed\", \"published\": \"2026-12-03T06:00:00Z\","
                + " \"tags\": [\"Ports\"]}");
        Files.writeString(src.resolve("short-lived.md"), "---\ntitle: Short lived\npublished: 2026-12-01T10:00:00Z\n"
                + "expires: 2026-12-02T12:00:00Z\n---\nGone at noon.\n");
        Files.createDirectories(src.resolve("static/images"));
        Files.createDirectories(src.resolve("static/files"));
        Files.write(src.resolve("static/images/harbour.png"), new byte[] {1, 2, 3});
        Files.write(src.resolve("static/files/map.png"), new byte[] {4, 5});
        // a text file among the site's own files is published as it is, never read as an article
        Files.writeString(src.resolve("static/files/notes.txt"), "not an article");
        return src;
    }

    @Test
    void leavesOutDraftsScheduledAndExpiredArticlesAndSaysSo() throws IOException {
        Path src = corpus();
        Path site = folder.resolve("site");
        CliRun run = CliRun.of("build", src.toString(), "--out", site.toString(), "--now", "2026-12-02T13:00:00Z");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().matches("herald: 1 article, 0 tags, \\d+ files .*; not published: 1 draft,"
                + " 1 scheduled, next 2026-12-03T06:00Z, 1 expired\\n"), run.err());
        assertTrue(Files.exists(site.resolve("articles/out-now/index.html")));
        for (String id : new String[] {"desk-draft", "embargoed", "short-lived"}) {
            assertFalse(Files.exists(site.resolve("articles/" + id)), id);
            assertFalse(Files.readString(site.resolve("feed.xml")).contains(id), id);
            assertFalse(Files.readString(site.resolve("sitemap.xml")).contains(id), id);
        }
        assertFalse(Files.exists(site.resolve("tags/ports")));
        assertEquals("not an article", Files.readString(site.resolve("files/notes.txt")));
        assertEquals(Files.readAttributes(src.resolve("static/images/harbour.png"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                Files.readAttributes(site.resolve("images/harbour.png"), java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey(), "hard-linked, not copied");
        // feeds need absolute URLs; pages keep the site's own paths
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("url=\"https://time.example.org/images/harbour.png\""), feed);
        assertTrue(feed.contains("src=\"https://time.example.org/files/map.png\""), feed);
        String page = Files.readString(site.resolve("articles/out-now/index.html"));
        assertTrue(page.contains("src=\"/images/harbour.png\"") && page.contains("src=\"/files/map.png\""), page);
    }

    @Test
    void buildsAsOfAnotherInstantAndPreviewsDrafts() throws IOException {
        Path src = corpus();
        Path site = folder.resolve("site");
        CliRun later = CliRun.of("build", src.toString(), "--out", site.toString(), "--now", "2026-12-03T06:00:00Z");
        assertEquals(ExitCode.OK, later.exitCode(), later.err());
        assertTrue(Files.exists(site.resolve("articles/embargoed/index.html")));
        assertTrue(Files.exists(site.resolve("tags/ports/feed.xml")));
        CliRun preview = CliRun.of("build", src.toString(), "--out", site.toString(), "--now", "2026-12-02T13:00:00Z",
                "--drafts", "--future");
        assertEquals(ExitCode.OK, preview.exitCode(), preview.err());
        assertTrue(Files.exists(site.resolve("articles/desk-draft/index.html")));
        assertTrue(Files.exists(site.resolve("articles/embargoed/index.html")));
        assertFalse(Files.exists(site.resolve("articles/short-lived")), "an expired article never comes back");
    }

    @Test
    void namesASiteRelativeUrlThatNamesNoFileWithItsLine() throws IOException {
        Path src = corpus();
        Files.writeString(src.resolve("broken-image.md"), "---\ntitle: Broken image\npublished: 2026-12-01T08:00:00Z\n"
                + "---\nFirst paragraph.\n\n![gone](/images/missing.jpg)\n");
        CliRun run = CliRun.of("validate", src.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(src.resolve("broken-image.md") + ":7: body: names /images/missing.jpg, which is no file of the"
                + " site's static folder (add the file, or fix the path)\n", run.out());
    }

    @Test
    void namesEachMissingFileOnceOnTheLineThatFirstWritesIt() throws IOException {
        Path src = corpus();
        Files.writeString(src.resolve("broken-links.md"), "---\ntitle: Broken links\npublished: 2026-12-01T08:00:00Z\n"
                + "---\nSee [the map](/maps/harbour.pdf).\n\nAnd [the map again](/maps/harbour.pdf).\n\n"
                + "Then [the plan](</maps/new quay.pdf>) and <a href=\"/maps/old%20quay.pdf\">the old one</a>.\n");
        CliRun run = CliRun.of("validate", src.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        String file = src.resolve("broken-links.md").toString();
        assertEquals(file + ":5: body: names /maps/harbour.pdf, which is no file of the site's static folder (add the"
                + " file, or fix the path)\n"
                + file + ":9: body: names /maps/new%20quay.pdf, which is no file of the site's static folder (add the"
                + " file, or fix the path)\n"
                + file + ":9: body: names /maps/old%20quay.pdf, which is no file of the site's static folder (add the"
                + " file, or fix the path)\n", run.out());
    }

    @Test
    void namesAMissingFileOnTheLineOfItsOwnArticlesText() throws IOException {
        Path src = corpus();
        Files.writeString(src.resolve("charts.json"), """
                [
                  {"id": "first-chart", "title": "First", "published": "2026-12-01T08:00:00Z",
                   "bodyHtml": "<p><img src=\\"/img/chart.png\\" alt=\\"chart\\"></p>"},
                  {"id": "second-chart", "title": "Second", "published": "2026-12-01T09:00:00Z",
                   "bodyHtml": "<p>Again: <img src=\\"/img/chart.png\\" alt=\\"chart\\"></p>"}
                ]
                """);
        Files.writeString(src.resolve("quoted.md"), "---\ntitle: \"Why /img/plan.png is missing\"\n"
                + "published: 2026-12-01T10:00:00Z\n---\nThe plan:\n\n![plan](/img/plan.png)\n");
        CliRun run = CliRun.of("validate", src.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        String missing = "which is no file of the site's static folder (add the file, or fix the path)";
        String charts = src.resolve("charts.json").toString();
        String quoted = src.resolve("quoted.md").toString();
        assertEquals(charts + ":3: body: names /img/chart.png, " + missing + "\n"
                + charts + ":5: body: names /img/chart.png, " + missing + "\n"
                + quoted + ":7: body: names /img/plan.png, " + missing + "\n", run.out());
    }

    @Test
    void takesOwnFilesWithSpacesInTheirNamesAsEditorsWriteThem() throws IOException {
        Path src = corpus();
        Files.copy(src.resolve("static/images/harbour.png"), src.resolve("static/images/harbour at dawn.png"));
        Files.writeString(src.resolve("dawn.md"), "---\ntitle: Dawn\npublished: 2026-12-01T08:00:00Z\n"
                + "image:\n  url: /images/harbour at dawn.png\n---\nAt dawn ![dawn](</images/harbour at dawn.png>)"
                + " and [the same](/images/harbour%20at%20dawn.png).\n");
        Files.copy(src.resolve("static/images/harbour.png"), src.resolve("static/images/hafen-zürich.png"));
        Files.writeString(src.resolve("hafen.md"), "---\ntitle: Hafen\npublished: 2026-12-01T09:00:00Z\n"
                + "image:\n  url: /images/hafen-zürich.png\n---\nAm Hafen.\n");
        Path site = folder.resolve("site");
        CliRun run = CliRun.of("build", src.toString(), "--out", site.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(site.resolve("images/harbour at dawn.png")));
        String feed = Files.readString(site.resolve("feed.xml"));
        // a URL in a feed holds no space and only ASCII: encoded as a browser would ask for it
        assertTrue(feed.contains("url=\"https://time.example.org/images/harbour%20at%20dawn.png\""), feed);
        assertTrue(feed.contains("url=\"https://time.example.org/images/hafen-z%C3%BCrich.png\""), feed);
    }

    @Test
    void refusesAnOwnFileInThePlaceOfOneHeraldWrites() throws IOException {
        Path src = corpus();
        Files.writeString(src.resolve("static/feed.xml"), "<rss/>");
        Path site = folder.resolve("site");
        CliRun run = CliRun.of("build", src.toString(), "--out", site.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("static/feed.xml has the path of the /feed.xml that Herald writes"), run.err());
        assertFalse(Files.exists(site));
    }
}
