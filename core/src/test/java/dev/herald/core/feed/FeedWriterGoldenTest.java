package dev.herald.core.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.feed.writers.FeedWriters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each writer's exact output for {@link FeedFixtures}. After a deliberate change of output, run
 * with {@code -Dherald.golden.update=true} to rewrite the files, then review their diff.
 */
class FeedWriterGoldenTest {

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void writesExactlyTheGoldenFile(FeedFormat format) throws IOException {
        String actual = new String(write(format, FeedFixtures.feed(format)), StandardCharsets.UTF_8);
        String name = "golden/" + format.fileName();
        if (Boolean.getBoolean("herald.golden.update")) {
            Files.writeString(Path.of("src/test/resources", name), actual);
            return;
        }
        assertEquals(golden(name), actual);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void givesTheSameBytesForTheSameFeed(FeedFormat format) throws IOException {
        assertArrayEquals(write(format, FeedFixtures.feed(format)), write(format, FeedFixtures.feed(format)));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void writesAValidEmptyFeedDatedAtTheEpochOnlyWhereADateIsRequired(FeedFormat format) throws IOException {
        Feed empty = new Feed(FeedFixtures.SITE, "Empty", "", FeedFixtures.SITE.resolve("/tags/none/" + format.fileName()),
                FeedFixtures.SITE.resolve("/"), null, List.of());
        String text = new String(write(format, empty), StandardCharsets.UTF_8);
        String expected = switch (format) {
            case RSS -> "<language>en</language>\n    <docs>"; // no lastBuildDate between them: it is optional
            case ATOM -> "<updated>1970-01-01T00:00:00Z</updated>"; // required
            case JSON -> "\"items\" : [ ]";
        };
        assertEquals(true, text.contains(expected), text);
        assertEquals(false, text.contains("lastBuildDate"), text);
    }

    static byte[] write(FeedFormat format, Feed feed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FeedWriters.of(format).write(feed, out);
        return out.toByteArray();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = FeedWriterGoldenTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing golden file " + name + "; run with -Dherald.golden.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
