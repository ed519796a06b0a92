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

        switch (format) {
            case "rss" -> FeedValidators.rss(List.of(feed));
            case "atom" -> FeedValidators.atom(List.of(feed));
            default -> FeedValidators.json(List.of(feed));
        }
    }
}
