package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.AtomicFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Incremental builds against clean ones: a random corpus goes through a random sequence of
 * edits, additions, deletions, setting, limit, clock and own-file changes, a scribbled build state
 * and files of the site changed by hand; after every step the site built incrementally (its state
 * kept from step to step) has exactly the files, byte for byte, of a clean build of the same
 * sources into a new folder.
 */
class IncrementalBuildProperties {

    private static final String[] TAGS = {"Harbour", "Rail", "Budget", "Weather", "Schools", "Élections"};
    private static final String[] WORDS = {"council", "river", "ferry", "vote", "storm", "grain", "bridge", "strike",
        "port", "night", "ticket", "market", "café", "<b>bold</b>", "&", "\"quoted\""};
    private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");

    @Property(tries = 10)
    void incrementalBuildsWriteWhatCleanBuildsWrite(@ForAll long seed,
            @ForAll @Size(min = 3, max = 9) List<@IntRange(min = 0, max = 13) Integer> steps) throws IOException {
        Path folder = Files.createTempDirectory("herald-incremental");
        try {
            Corpus corpus = new Corpus(folder.resolve("src"), new Random(seed));
            corpus.create();
            Path site = folder.resolve("site");
            List<String> done = new ArrayList<>();
            build(corpus, site, done);
            for (int step : steps) {
                done.add(corpus.change(step, site));
                CliRun run = build(corpus, site, done);
                String last = done.get(done.size() - 1);
                // only what invalidates the whole state makes a full build, and the build says so
                boolean full = last.startsWith("setting") || last.startsWith("state");
                assertEquals(full, run.err().contains("herald: full build: "), done + "\n" + run.err());
                assertEquals(!full, run.err().contains("herald: incremental build: "), done + "\n" + run.err());
            }
        } finally {
            AtomicFolder.deleteRecursively(folder);
        }
    }

    // the incremental build into the kept site, then a clean one into a new folder: the same files
    private static CliRun build(Corpus corpus, Path site, List<String> done) {
        CliRun incremental = CliRun.of(corpus.arguments(site));
        assertEquals(ExitCode.OK, incremental.exitCode(), done + "\n" + incremental.err());
        Path clean = site.resolveSibling("clean-" + done.size());
        CliRun full = CliRun.of(corpus.arguments(clean));
        assertEquals(ExitCode.OK, full.exitCode(), done + "\n" + full.err());
        assertEquals(bytes(clean), bytes(site), "after " + done);
        return incremental;
    }

    /** Every file below a folder, by its path, as its bytes in hex (so a difference reads as one). */
    private static Map<String, String> bytes(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A folder of articles and the build options, changed one random step at a time. */
    private static final class Corpus {

        private final Path src;
        private final Random random;
        private final List<Path> articles = new ArrayList<>();
        private int next;
        private int limit = 3;
        private Instant now = START.plus(20, ChronoUnit.DAYS);
        private String title = "Desk";

        Corpus(Path src, Random random) {
            this.src = src;
            this.random = random;
        }

        void create() throws IOException {
            Files.createDirectories(src.resolve("static/images"));
            Files.write(src.resolve("static/images/map.png"), new byte[] {1, 2, 3});
            settings();
            int count = 8 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                add();
            }
        }

        String[] arguments(Path out) {
            return new String[] {"build", src.toString(), "--out", out.toString(), "--limit",
                Integer.toString(limit), "--now", now.toString(), "--keep-going"};
        }

        /** Makes change number {@code step} and says what it did. */
        String change(int step, Path site) throws IOException {
            Path article = articles.isEmpty() ? null : articles.get(random.nextInt(articles.size()));
            switch (step) {
                case 0, 1 -> {
                    return "added " + add();
                }
                case 2 -> {
                    if (article == null) {
                        return "added " + add();
                    }
                    Files.delete(article);
                    articles.remove(article);
                    return "deleted " + article.getFileName();
                }
                case 3, 4 -> {
                    if (article == null) {
                        return "added " + add();
                    }
                    write(article);
                    return "rewrote " + article.getFileName();
                }
                case 5 -> {
                    if (article == null) {
                        return "added " + add();
                    }
                    Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.from(Instant.now()));
                    return "touched " + article.getFileName();
                }
                case 6 -> {
                    title = title + " " + word();
                    settings();
                    return "setting: title " + title;
                }
                case 7 -> {
                    limit = limit + 1 + random.nextInt(3);
                    return "setting: --limit " + limit;
                }
                case 8 -> {
                    now = now.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
                    return "clock: " + now;
                }
                case 9 -> {
                    Path image = src.resolve("static/images/map.png");
                    Files.write(image, new byte[] {(byte) random.nextInt(), 7, 7, 7});
                    return "own file rewritten";
                }
                case 10 -> {
                    Path state = site.resolveSibling("." + site.getFileName() + ".herald-build");
                    byte[] bytes = Files.readAllBytes(state);
                    Files.write(state, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
                    return "state cut short";
                }
                case 11 -> {
                    Path feed = site.resolve("feed.xml");
                    Files.writeString(feed, "changed by hand");
                    return "site's feed.xml changed by hand";
                }
                case 12 -> {
                    Path index = site.resolve("index.html");
                    Files.delete(index);
                    return "site's index.html deleted by hand";
                }
                default -> {
                    if (article == null) {
                        return "added " + add();
                    }
                    Files.writeString(article, Files.readString(article).replace("draft: false", "draft: true"));
                    return "drafted " + article.getFileName();
                }
            }
        }

        private void settings() throws IOException {
            Files.writeString(src.resolve("herald.yaml"), "title: " + title + "\nbaseUrl: https://desk.example.org\n");
        }

        private String add() throws IOException {
            Path file = src.resolve(String.format("story-%03d.md", next++));
            write(file);
            articles.add(file);
            return file.getFileName().toString();
        }

        // a random article: most published before the clock, some ahead of it, some expiring
        private void write(Path file) throws IOException {
            Instant published = START.plus(random.nextInt(40 * 24), ChronoUnit.HOURS);
            StringBuilder text = new StringBuilder("---\ntitle: \"" + word() + " " + word() + "\"\n");
            text.append("published: ").append(published).append('\n');
            if (random.nextInt(4) == 0) {
                text.append("updated: ").append(published.plus(3, ChronoUnit.HOURS)).append('\n');
            }
            if (random.nextInt(6) == 0) {
                text.append("expires: ").append(published.plus(1 + random.nextInt(20), ChronoUnit.DAYS)).append('\n');
            }
            text.append("draft: false\ntags:\n");
            for (int i = random.nextInt(3); i >= 0; i--) {
                text.append("  - \"").append(TAGS[random.nextInt(TAGS.length)]).append("\"\n");
            }
            if (random.nextInt(3) == 0) {
                text.append("image:\n  url: /images/map.png\n  caption: \"").append(word()).append("\"\n");
            }
            text.append("---\n\n").append(word()).append(' ').append(word()).append(".\n\n## ").append(word())
                    .append("\n\n").append(word()).append(" *").append(word()).append("*.\n");
            Files.writeString(file, text);
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)].replace("\"", "\\\"");
        }
    }

    @net.jqwik.api.Example
    void aBuildStateIsKeptBesideTheSite() throws IOException {
        Path folder = Files.createTempDirectory("herald-incremental");
        try {
            Corpus corpus = new Corpus(folder.resolve("src"), new Random(1));
            corpus.create();
            Path site = folder.resolve("site");
            assertEquals(ExitCode.OK, CliRun.of(corpus.arguments(site)).exitCode());
            assertTrue(Files.isRegularFile(folder.resolve(".site.herald-build")));
        } finally {
            AtomicFolder.deleteRecursively(folder);
        }
    }
}
