package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Independent checks of feed files: xmllint, jing with RFC 4287's RELAX NG schema, feedparser
 * (bozo 0, every entry complete), and the JSON Feed 1.1 schema and MUST rules. Each fails the
 * test with the tool's own words.
 */
final class FeedValidators {

    private static final String CHECKER = "src/test/python/check_feed.py";

    private FeedValidators() {
    }

    static void rss(List<Path> feeds) throws IOException, InterruptedException {
        xml(feeds);
        python("rss", feeds);
    }

    static void atom(List<Path> feeds) throws IOException, InterruptedException {
        atomSchema(feeds);
        python("atom", feeds);
    }

    /** As {@link #rss}, for feeds of articles from elsewhere, which may have no tags and no content. */
    static void rssOfImports(List<Path> feeds) throws IOException, InterruptedException {
        xml(feeds);
        python("rss-imported", feeds);
    }

    /** As {@link #atom}, for feeds of articles from elsewhere, which may have no tags and no content. */
    static void atomOfImports(List<Path> feeds) throws IOException, InterruptedException {
        atomSchema(feeds);
        python("atom-imported", feeds);
    }

    private static void atomSchema(List<Path> feeds) throws IOException, InterruptedException {
        xml(feeds);
        Path schema = ExternalTools.shared("schemas/atom.rnc");
        passes(command(List.of(ExternalTools.require("jing").toString(), "-c", schema.toString()), feeds));
    }

    static void json(List<Path> feeds) throws IOException, InterruptedException {
        Path schema = ExternalTools.shared("schemas/jsonfeed-1.1.schema.json");
        passes(command(List.of(ExternalTools.require("/usr/bin/python3").toString(), CHECKER, "json", schema.toString()),
                feeds));
    }

    private static void xml(List<Path> feeds) throws IOException, InterruptedException {
        passes(command(List.of(ExternalTools.require("xmllint").toString(), "--noout"), feeds));
    }

    private static void python(String kind, List<Path> feeds) throws IOException, InterruptedException {
        passes(command(List.of(ExternalTools.require("/usr/bin/python3").toString(), CHECKER, kind), feeds));
    }

    private static List<String> command(List<String> start, List<Path> feeds) {
        List<String> command = new ArrayList<>(start);
        feeds.forEach(feed -> command.add(feed.toString()));
        return command;
    }

    private static void passes(List<String> command) throws IOException, InterruptedException {
        ExternalTools.Result result = ExternalTools.run(command);
        // jing warns about optional jars even when documents are valid; the checker says "ok" per feed
        String problems = result.output().lines()
                .filter(line -> !line.startsWith("[warning]") && !line.startsWith("ok "))
                .reduce("", (a, b) -> a + b + "\n");
        assertEquals(0, result.exitCode(), command + ":\n" + result.output());
        assertEquals("", problems, command.toString());
    }
}
