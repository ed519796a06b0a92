package dev.herald.cli;

import java.nio.file.Path;

/**
 * gofeed's test feeds (RSS, Atom and JSON Feed; MIT; Debian's golang-github-mmcdole-gofeed-dev
 * installs them, its licence in /usr/share/doc/golang-github-mmcdole-gofeed-dev/copyright),
 * imported and published again ({@link ImportedFeedSuite}).
 */
class RealWorldFeedsIT extends ImportedFeedSuite {

    private static final Path SUITE = Path.of("/usr/share/gocode/src/github.com/mmcdole/gofeed/testdata");

    RealWorldFeedsIT() {
        super(SUITE, "apt-get install golang-github-mmcdole-gofeed-dev", 40);
    }

    // RSS and Atom, and the JSON Feeds of its json folders (beside each, what gofeed expects of it)
    @Override
    boolean isFeed(Path file) {
        String name = file.toString();
        return name.endsWith(".xml")
                || name.contains("/json/") && name.endsWith(".json") && !name.endsWith("_expected.json");
    }
}
