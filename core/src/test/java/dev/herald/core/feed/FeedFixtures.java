package dev.herald.core.feed;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A small, fixed feed that exercises every field each writer has to show. */
final class FeedFixtures {

    static final SiteSettings SITE = new SiteSettings("Test News", "Stories for the writer tests.",
            URI.create("https://news.example.org"), "en", List.of(Author.named("News Desk")), List.of());

    static final Article FULL = new Article("full-story", "Full story & <more>", "Plain summary with <angle> brackets.",
            "<p>Body with <a href=\"https://example.org/?a=1&amp;b=2\" title=\"x]]>y\">a link</a>.</p>\n"
                    + "<pre><code>if (a[b[0]]&gt;c)\n    indented    text\n</code></pre>\n",
            Instant.parse("2024-11-28T09:30:00Z"), Instant.parse("2024-11-28T12:00:00Z"),
            List.of(new Author("Ann Lee", "ann@example.org", URI.create("https://example.org/ann")), Author.named("Бо Ли")),
            List.of(new Tag("North Korea", "north-korea"), new Tag("NATO", "nato")),
            URI.create("https://example.org/stories/full"),
            new Image(URI.create("https://example.org/a.jpg"), "Ministers meet.", "REUTERS/Jo Doe", "Ministers at a table"),
            new Source("Reuters", URI.create("https://www.reuters.com/")), "en-GB");

    static final Article MINIMAL = new Article("minimal", "Minimal", "", "",
            Instant.parse("2024-11-27T08:00:00Z"), null, List.of(), List.of(), null, null, null, null);

    static final Article WIRE = new Article("wire-copy", "Wire copy", "Lede.", "<p>Lede.</p>\n<h2>Section</h2>\n",
            Instant.parse("2023-12-31T23:59:59Z"), null, List.of(), List.of(new Tag("Ukraine", "ukraine")), null,
            new Image(null, "Caption only.", "AP Photo/Ola Nowak", null), new Source("Example Wire", null), null);

    static Feed feed(FeedFormat format) {
        return new Feed(SITE, SITE.title(), SITE.description(), SITE.resolve("/" + format.fileName()),
                SITE.resolve("/"), URI.create("https://hub.example.org/"), List.of(FULL, MINIMAL, WIRE));
    }

    /** The feed as the writer writes it, as text. */
    static String written(FeedWriter writer, Feed feed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(feed, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private FeedFixtures() {
    }
}
