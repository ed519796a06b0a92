package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackedBodiesTest {

    private final ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());

    @TempDir
    Path sources;

    @Test
    void bodiesPastTheBudgetArePackedAndComeBackWhole() throws IOException {
        Article first = read(story(1));
        Article second = read(story(2));
        PackedBodies bodies = new PackedBodies(2L * first.contentHtml().length(), Long.MAX_VALUE);

        assertSame(first, bodies.keep(first, first.withoutBody()));
        Article bodiless = second.withoutBody();
        assertSame(bodiless, bodies.keep(second, bodiless));

        Article unpacked = bodies.unpack(bodiless);
        assertEquals(second, unpacked);
        assertSame(unpacked, bodies.unpack(bodiless), "the same object for every file that shows it");
        assertNull(bodies.unpack(first), "kept as text, nothing to unpack");
    }

    @Test
    void theUnpackedAreKeptWithinTheirBudget() throws IOException {
        Article first = read(story(1));
        Article second = read(story(2));
        PackedBodies bodies = new PackedBodies(0, 2L * Math.max(first.contentHtml().length(), second.contentHtml().length()));
        Article firstBodiless = bodies.keep(first, first.withoutBody());
        Article secondBodiless = bodies.keep(second, second.withoutBody());

        Article firstUnpacked = bodies.unpack(firstBodiless);
        assertSame(firstUnpacked, bodies.unpack(firstBodiless));
        bodies.unpack(secondBodiless); // room for one body only: the first one goes
        Article again = bodies.unpack(firstBodiless);
        assertEquals(first, again);
        assertNotSame(firstUnpacked, again);
    }

    @Test
    void aSiteBuiltFromPackedBodiesIsTheSameByteForByte() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            files.add(story(n));
        }
        Map<String, byte[]> fromText = build(files, Long.MAX_VALUE, false);
        Map<String, byte[]> fromPacked = build(files, 0, true);

        assertEquals(fromText.keySet(), fromPacked.keySet());
        assertTrue(fromText.size() > 40, fromText.size() + " files");
        fromText.forEach((path, bytes) -> assertArrayEquals(bytes, fromPacked.get(path), path));
    }

    // the site of the files, its bodies kept as text up to textBudget bytes, none of the unpacked
    // kept (so each file that shows an article gets an object of its own)
    private Map<String, byte[]> build(List<Path> files, long textBudget, boolean packed) throws IOException {
        SourceCache cache = new SourceCache(CompletableFuture.completedFuture(Map.of()), new PackedBodies(textBudget, 0));
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            cache.read(file, null, reader::read).articleList().forEach(articles::add);
        }
        assertEquals(packed, articles.stream().allMatch(article -> article.contentHtml().isEmpty()),
                "bodies packed: " + packed);
        SitePlan plan = new StaticSiteBuilder(SiteSettings.defaults(), 3)
                .plan(articles, StaticFiles.none(), cache.digests(), cache.withBody(reader));
        Map<String, byte[]> site = new TreeMap<>();
        plan.writeAll((path, bytes, length) -> {
            synchronized (site) {
                site.put(path.toString(), Arrays.copyOf(bytes, length));
            }
        }, Progress.NONE);
        return site;
    }

    // a story with a character past Latin-1, as most are, tagged so that tag feeds have archives
    private Path story(int n) throws IOException {
        Path file = sources.resolve("story-" + n + ".md");
        String text = "---\ntitle: \"Story " + n + "\"\npublished: 2026-11-" + (10 + n) + "T08:00:00Z\n"
                + "tags: [\"harbour\", \"" + (n % 2 == 0 ? "even" : "odd") + "\"]\n"
                + "summary: \"Story number " + n + "’s summary.\"\n---\n\n"
                + "The council’s vote — number " + n + " — was *close*.\n\nA second paragraph with [a link](https://example.org/" + n + ").\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Article read(Path file) {
        return reader.read(file).articleList().get(0);
    }
}
