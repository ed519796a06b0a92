package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every feed made from {@code examples/}, in each format, with and without {@code --tag}, passes
 * independent validators: xmllint, jing with RFC 4287's schema, feedparser (bozo 0, every entry
 * complete) and the JSON Feed 1.1 schema and MUST rules.
 */
class ExampleFeedsIT {

    private static final List<String> TAG_CHOICES = List.of("", "NATO", "Europe", "東京", "Climate");

    @TempDir
    Path folder;

    static Stream<Arguments> feeds() {
        List<Arguments> feeds = new ArrayList<>();
        for (String format : List.of("rss", "atom", "json")) {
            for (String tag : TAG_CHOICES) {
                feeds.add(Arguments.of(format, tag));
            }
        }
        return feeds.stream();
    }

    @ParameterizedTest(name = "{0} tag={1}")
    @MethodSource("feeds")
    void passesIndependentValidators(String format, String tag) throws IOException, InterruptedException {
        Path feed = folder.resolve("feed." + format);
        List<String> args = new ArrayList<>(List.of("convert", "../examples", "--format", format, "--out", feed.toString()));
        if (!tag.isEmpty()) {
            args.addAll(List.of("--tag", tag));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        Path python = ExternalTools.require("/usr/bin/python3");
        String checker = Path.of("src/test/python/check_feed.py").toString();
        if (format.equals("json")) {
            Path schema = ExternalTools.shared("schemas/jsonfeed-1.1.schema.json");
            assertPasses(List.of(python.toString(), checker, "json", feed.toString(), schema.toString()));
            return;
        }
        assertPasses(List.of(ExternalTools.require("xmllint").toString(), "--noout", feed.toString()));
        if (format.equals("atom")) {
            Path schema = ExternalTools.shared("schemas/atom.rnc");
            assertPasses(List.of(ExternalTools.require("jing").toString(), "-c", schema.toString(), feed.toString()));
        }
        assertPasses(List.of(python.toString(), checker, format, feed.toString()));
    }

    private static void assertPasses(List<String> command) throws IOException, InterruptedException {
        ExternalTools.Result result = ExternalTools.run(command);
        // jing warns about optional jars on stderr even when the document is valid; errors name the file
        String problems = result.output().lines().filter(line -> !line.startsWith("[warning]"))
                .filter(line -> !line.startsWith("ok ")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(0, result.exitCode(), command + ":\n" + result.output());
        assertEquals("", problems, command.toString());
    }
}
