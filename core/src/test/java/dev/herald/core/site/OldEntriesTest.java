package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after an old article went: the archive documents and older pages that moved by one
 * place take their articles' entries and teasers from the files the last build wrote, reading no
 * article's body again, and are byte for byte what a clean build writes; an old file that is not
 * as the last build left it gives nothing, and its articles are rendered.
 */
class OldEntriesTest {

    private static final int LIMIT = 3;

    private final ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());

    @TempDir
    Path folder;

    private Path site;
    private List<Path> stories;
    private EntryPrints prints;

    @BeforeEach
    void buildTheSiteOnce() throws IOException {
        site = folder.resolve("site");
        stories = new ArrayList<>();
        for (int n = 1; n <= 14; n++) {
            stories.add(story(n));
        }
        Built first = build(stories, NONE, new AtomicInteger());
        for (Map.Entry<String, byte[]> file : first.files().entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        prints = first.plan().entryPrints();
    }

    @Test
    void documentsThatMovedAreSplicedFromTheOldOnes() throws IOException {
        List<Path> withoutAnOldOne = new ArrayList<>(stories);
        withoutAnOldOne.remove(1); // the second oldest: every later archive document moves

        AtomicInteger bodiesRead = new AtomicInteger();
        Built rebuilt = build(withoutAnOldOne, fromTheFirstBuild(), bodiesRead);
        Built clean = build(withoutAnOldOne, NONE, new AtomicInteger());

        assertSameFiles(clean.files(), rebuilt.files());
        assertEquals(0, bodiesRead.get(), "no body read again for a feed");
    }

    @Test
    void documentsThatMovedSeveralPlacesAreSplicedToo() throws IOException {
        // four old articles gone: later documents move by more than a whole document (3 articles)
        List<Path> withoutFour = new ArrayList<>(stories);
        withoutFour.removeAll(List.of(stories.get(0), stories.get(2), stories.get(3), stories.get(5)));

        AtomicInteger bodiesRead = new AtomicInteger();
        Built rebuilt = build(withoutFour, fromTheFirstBuild(), bodiesRead);

        assertSameFiles(build(withoutFour, NONE, new AtomicInteger()).files(), rebuilt.files());
        assertEquals(0, bodiesRead.get(), "no body read again for a feed");
    }

    @Test
    void oneArchiveFewerLeavesTheOthersKeysAsTheyWere() throws IOException {
        List<Path> fifteen = new ArrayList<>(stories);
        fifteen.add(story(15));
        List<Path> withoutTheNewest = new ArrayList<>(stories);

        Map<String, String> before = build(fifteen, NONE, new AtomicInteger()).plan().keys();
        Map<String, String> after = build(withoutTheNewest, NONE, new AtomicInteger()).plan().keys();

        assertTrue(before.containsKey("archives/5/feed.xml") && !after.containsKey("archives/5/feed.xml"),
                "the newest archive is gone");
        for (String unchanged : List.of("archives/1/feed.xml", "archives/2/atom.xml", "page/1/index.html")) {
            assertEquals(before.get(unchanged), after.get(unchanged), unchanged);
        }
    }

    @Test
    void anOldDocumentChangedSinceIsNotTakenFrom() throws IOException {
        Path archive = site.resolve("archives/2/feed.xml");
        String scribbled = Files.readString(archive).replace("Story", "Stork"); // the same size
        Files.writeString(archive, scribbled);
        List<Path> withoutAnOldOne = new ArrayList<>(stories);
        withoutAnOldOne.remove(0);

        AtomicInteger bodiesRead = new AtomicInteger();
        Built rebuilt = build(withoutAnOldOne, fromTheFirstBuild(), bodiesRead);

        assertSameFiles(build(withoutAnOldOne, NONE, new AtomicInteger()).files(), rebuilt.files());
        assertTrue(bodiesRead.get() > 0, "the articles of the changed document rendered again");
    }

    @Test
    void anOlderPageTakesItsTeasersFromTheOldPagesByTheirFingerprints() throws IOException {
        // a teaser doctored in an old page, its fingerprint recorded as the article's: the
        // rebuilt page shows the doctored bytes, so they were taken, not rendered again
        Path oldPage = site.resolve("page/2/index.html");
        String page = Files.readString(oldPage);
        String teaser = page.substring(page.indexOf("<article class=\"teaser\""), page.indexOf("</article>") + 10);
        String doctored = teaser.replace("Story", "Stork");
        Files.writeString(oldPage, page.replace(teaser, doctored));
        String article = teaser.substring(teaser.indexOf("Story"), teaser.indexOf("</a>"));
        byte[] bytes = doctored.getBytes(StandardCharsets.UTF_8);
        long print = EntryPrints.print(bytes, 0, bytes.length);
        List<Path> withoutTheOldest = new ArrayList<>(stories);
        withoutTheOldest.remove(0);

        Built rebuilt = build(withoutTheOldest, digests -> OldEntries.in(site, everyFile(), a -> {
            long[] known = prints.of(digests.apply(a), null);
            if (a.title().equals(article)) {
                known = known.clone();
                known[EntryPrints.TEASER] = print;
            }
            return known;
        }), new AtomicInteger());

        // the newest of old page 2 stays on it, now with the next one's articles
        String moved = new String(rebuilt.files().get("page/2/index.html"), StandardCharsets.UTF_8);
        assertTrue(moved.contains(doctored), "the old page's teaser of " + article + " is taken:\n" + moved);
        assertTrue(!moved.contains(teaser), moved);
    }

    @Test
    void withoutFingerprintsEveryEntryIsRendered() throws IOException {
        AtomicInteger bodiesRead = new AtomicInteger();
        Built rebuilt = build(stories, digests -> OldEntries.in(site, everyFile(), article -> null), bodiesRead);

        assertSameFiles(build(stories, NONE, new AtomicInteger()).files(), rebuilt.files());
        assertTrue(bodiesRead.get() >= stories.size(), bodiesRead + " bodies read");
    }

    private record Built(SitePlan plan, Map<String, byte[]> files) {
    }

    /** The old entries of a build, made from the digests of its articles. */
    private interface OldOf {
        OldEntries of(Function<Article, byte[]> digests) throws IOException;
    }

    private static final OldOf NONE = digests -> OldEntries.none();

    // the site of the first build, with the fingerprints its entries had (by digest, as a build state keeps them)
    private OldOf fromTheFirstBuild() {
        return digests -> OldEntries.in(site, everyFile(), article -> prints.of(digests.apply(article), null));
    }

    // the site's feed documents and older pages (only they take entries), bodies packed so each one
    // is counted as it is read
    private Built build(List<Path> files, OldOf old, AtomicInteger bodiesRead) throws IOException {
        SourceCache cache = new SourceCache(CompletableFuture.completedFuture(Map.of()), new PackedBodies(0, 0));
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            cache.read(file, null, reader::read).articleList().forEach(articles::add);
        }
        Function<Article, Article> withBody = cache.withBody(reader);
        SitePlan plan = new StaticSiteBuilder(SiteSettings.defaults(), LIMIT).plan(articles, StaticFiles.none(),
                cache.digests(), article -> {
                    bodiesRead.incrementAndGet();
                    return withBody.apply(article);
                }, old.of(cache.digests()));
        Set<String> feeds = plan.keys().keySet().stream().filter(OldEntriesTest::takesEntries)
                .collect(Collectors.toSet());
        Map<String, byte[]> written = new TreeMap<>();
        plan.write(feeds, name -> 0, (path, bytes, length) -> {
            synchronized (written) {
                written.put(path.toString(), Arrays.copyOf(bytes, length));
            }
        }, Progress.NONE);
        return new Built(plan, written);
    }

    // the feed documents and the older list pages
    private static boolean takesEntries(String file) {
        return file.endsWith(".xml") && !file.contains("sitemap") && !file.equals("opml.xml") || file.endsWith(".json")
                || file.contains("page/");
    }

    private Set<String> everyFile() throws IOException {
        try (var files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(file -> site.relativize(file).toString())
                    .collect(Collectors.toSet());
        }
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.size() > 20, expected.size() + " feed documents");
        assertTrue(expected.keySet().containsAll(List.of("page/1/index.html", "tags/harbour/page/2/index.html")),
                "older pages: " + expected.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    // stories a day apart, tagged so that tag feeds have archives too; one of them has text that
    // looks like where a document's entries are cut, in an attribute, which HTML leaves unescaped;
    // one is in a language of its own, which its Atom entry names
    private Path story(int n) throws IOException {
        Path file = folder.resolve("sources/story-" + n + ".md");
        Files.createDirectories(file.getParent());
        String lookalike = n == 5 ? "<abbr title=\"a\n    <item>\n  <entry>\n    {\">x</abbr>" : "";
        String text = "---\ntitle: \"Story " + n + "\"\npublished: 2026-10-" + (10 + n) + "T08:00:00Z\n"
                + "tags: [\"harbour\", \"" + (n % 2 == 0 ? "even" : "odd") + "\"]\n"
                + (n == 7 ? "language: de\n" : "") + "---\n\n"
                + "The council’s vote — number " + n + " — was *close*. " + lookalike + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
