package dev.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server restarted on a store that already holds its content folder reads again only
 * the files that changed while it was down, and still publishes every change made meanwhile: an
 * edit, a deletion, a new file. Other settings make it read every file again.
 */
class ContentRestartIT {

    private static final Pattern READ = Pattern.compile("Content folder .*: (\\d+) article files, (\\d+) read");

    @TempDir
    Path folder;

    @Test
    void aRestartReadsOnlyWhatChangedWhileTheServerWasDown() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        for (int i = 1; i <= 20; i++) {
            write(content.resolve("story-" + i + ".md"), "story-" + i, "Story " + i);
        }
        Map<String, String> environment = new HashMap<>(Map.of("HERALD_DATA_DIR", folder.resolve("data").toString(),
                "HERALD_CONTENT_DIR", content.toString(), "HERALD_BASE_URL", "https://news.example.org"));
        Path logs = Files.createDirectories(folder.resolve("logs"));
        int port = ServerProcess.freePort();
        try (ServerProcess server = ServerProcess.launch(logs, port, environment).awaitReady()) {
            assertTrue(server.get("/feed.xml").body().contains("Story 20"));
        }
        assertEquals(List.of(20, 20), lastReadCounts(logs), "the first start reads every file");

        write(content.resolve("story-3.md"), "story-3", "Story three, corrected");
        Files.delete(content.resolve("story-7.md"));
        write(content.resolve("story-21.md"), "story-21", "Story 21, written while the server was down");
        try (ServerProcess server = ServerProcess.launch(logs, port, environment).awaitReady()) {
            String feed = server.get("/feed.xml?limit=100").body();
            assertTrue(feed.contains("Story three, corrected"), "the edit");
            assertFalse(feed.contains("Story 7<"), "the deletion");
            assertEquals(404, server.get("/articles/story-7").statusCode());
            assertTrue(feed.contains("Story 21, written while the server was down"), "the new file");
            assertTrue(feed.contains("Story 12"), "an unchanged file's article is still there");
        }
        assertEquals(List.of(20, 2), lastReadCounts(logs), "only the edited and the new file were read");

        environment.put("HERALD_BASE_URL", "https://elsewhere.example.org");
        try (ServerProcess server = ServerProcess.launch(logs, port, environment).awaitReady()) {
            assertTrue(server.get("/feed.xml").body().contains("https://elsewhere.example.org/articles/story-21"));
        }
        assertEquals(List.of(20, 20), lastReadCounts(logs), "other settings: every file read again");
    }

    private static void write(Path file, String id, String title) throws IOException {
        int n = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        Files.writeString(file, "---\nid: " + id + "\ntitle: " + title + "\npublished: 2024-11-"
                + String.format("%02d", Math.min(n, 28)) + "T08:00:00Z\ntags: [Harbour]\n---\n\nThe body of " + title + ".\n");
    }

    // the files and the files read, from the newest server log
    private static List<Integer> lastReadCounts(Path logs) throws IOException {
        Path newest;
        try (Stream<Path> files = Files.list(logs)) {
            newest = files.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElseThrow();
        }
        Matcher matcher = READ.matcher(Files.readString(newest));
        assertTrue(matcher.find(), "the log of " + newest + " says how many files were read");
        return List.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}
