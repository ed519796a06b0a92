package dev.herald.cli;

import dev.herald.core.io.AtomicFolder;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A folder of generated articles and the options of its builds, changed one random step at a time:
 * articles added, deleted, rewritten, touched, drafted, broken (a date that is none), moved into a
 * subfolder or given a twin of the same id, an article whose tag differs from another's only in
 * case, wire copy added, rewritten or touched and its sidecar rewritten, removed or put back, the
 * articles of a JSON array file edited, added and removed, the settings, the limit and the clock
 * moved on, own files rewritten, added and deleted, the build state cut short, and files of the
 * built site changed by hand.
 */
final class RandomCorpus {

    private static final String[] TAGS = {"Harbour", "Rail", "Budget", "Weather", "Schools", "Élections"};
    private static final String[] WORDS = {"council", "river", "ferry", "vote", "storm", "grain", "bridge", "strike",
        "port", "night", "ticket", "market", "café", "<b>bold</b>", "&", "\"quoted\""};
    private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");

    private final Path src;
    private final Random random;
    private final List<Path> articles = new ArrayList<>();
    private final List<Path> wireCopies = new ArrayList<>();
    /** The articles of {@code roundup.json}, each its JSON object, by id. */
    private final Map<String, String> roundup = new TreeMap<>();
    private int next;
    private int limit = 3;
    private Instant now = START.plus(20, ChronoUnit.DAYS);
    private String title = "Desk";

    RandomCorpus(Path src, Random random) {
        this.src = src;
        this.random = random;
    }

    /** Writes the settings, an image of the site's own and {@code count} articles. */
    void create(int count) throws IOException {
        Files.createDirectories(src.resolve("static/images"));
        Files.write(src.resolve("static/images/map.png"), new byte[] {1, 2, 3});
        settings();
        for (int i = 0; i < count; i++) {
            add();
        }
    }

    /** The arguments of a build of the corpus into {@code out}. */
    String[] arguments(Path out) {
        // --allow-empty: a corpus whose every article went is published empty by either build alike
        return new String[] {"build", src.toString(), "--out", out.toString(), "--limit",
            Integer.toString(limit), "--now", now.toString(), "--keep-going", "--allow-empty"};
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
                Files.setLastModifiedTime(article, FileTime.from(Instant.now()));
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
                // a few hours on, or anywhere in the corpus's weeks, back too: past publish and expiry instants
                now = random.nextBoolean() ? now.plus(1 + random.nextInt(72), ChronoUnit.HOURS)
                        : START.plus(random.nextInt(40 * 24), ChronoUnit.HOURS);
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
                Files.write(state, Arrays.copyOf(bytes, random.nextInt(bytes.length)));
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
            case 14 -> {
                // the state describes the folder it was written for, not a copy put in its place
                Path copy = SiteFiles.copyFolder(site, site.getParent(), "site-copy");
                AtomicFolder.deleteRecursively(site);
                Files.move(copy, site);
                return "state: the site replaced by a copy of it";
            }
            case 15 -> {
                return "nothing";
            }
            case 16 -> {
                if (article == null) {
                    return "added " + add();
                }
                Files.writeString(article, Files.readString(article).replaceFirst("published: \\S+", "published: someday"));
                return "broke " + article.getFileName();
            }
            case 17 -> {
                if (article == null) {
                    return "added " + add();
                }
                Path moved = src.resolve("desk").resolve(article.getFileName());
                if (Files.exists(moved)) {
                    return "nothing";
                }
                Files.createDirectories(moved.getParent());
                Files.move(article, moved);
                articles.set(articles.indexOf(article), moved);
                return "moved " + article.getFileName() + " into desk/";
            }
            case 18 -> {
                Path own = src.resolve("static/files/notes-" + random.nextInt(3) + ".txt");
                if (Files.exists(own)) {
                    Files.delete(own);
                    return "own file deleted: " + own.getFileName();
                }
                Files.createDirectories(own.getParent());
                Files.writeString(own, word());
                return "own file added: " + own.getFileName();
            }
            case 19 -> {
                if (article == null) {
                    return "added " + add();
                }
                // another file with the same name, so the same id, in another folder; where that
                // file is there already (a twin made before, or the article is that twin) there is
                // nothing to add, and the corpus must not count it twice
                Path twin = src.resolve("copies").resolve(article.getFileName());
                if (Files.exists(twin)) {
                    return "nothing";
                }
                Files.createDirectories(twin.getParent());
                write(twin);
                articles.add(twin);
                return "twin of " + article.getFileName();
            }
            case 21 -> {
                return "wire copy added: " + addWireCopy();
            }
            case 22 -> {
                if (wireCopies.isEmpty()) {
                    return "wire copy added: " + addWireCopy();
                }
                Path copy = wireCopies.get(random.nextInt(wireCopies.size()));
                if (random.nextBoolean()) {
                    writeWireCopy(copy);
                    return "wire copy rewritten: " + copy.getFileName();
                }
                // without a sidecar its date is the file's time
                Files.setLastModifiedTime(copy, FileTime.from(START.plus(random.nextInt(40 * 24), ChronoUnit.HOURS)));
                return "wire copy touched: " + copy.getFileName();
            }
            case 23 -> {
                if (wireCopies.isEmpty()) {
                    return "wire copy added: " + addWireCopy();
                }
                Path copy = wireCopies.get(random.nextInt(wireCopies.size()));
                Path sidecar = ArticleReader.sidecarOf(copy);
                if (Files.exists(sidecar) && random.nextBoolean()) {
                    Files.delete(sidecar);
                    return "sidecar removed: " + sidecar.getFileName();
                }
                writeSidecar(copy);
                return "sidecar written: " + sidecar.getFileName();
            }
            case 24 -> {
                return "roundup.json: " + changeRoundup();
            }
            case 20 -> {
                Path file = src.resolve(String.format("story-%03d.md", next++));
                write(file);
                Files.writeString(file, Files.readString(file).replaceFirst("tags:\n", "tags:\n  - \"harbour\"\n"));
                articles.add(file);
                return "added " + file.getFileName() + " with tag harbour";
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

    /** Whether an article is broken now: a date that is none, or two files of one name (one id). */
    boolean broken() throws IOException {
        Set<Path> names = new HashSet<>();
        for (Path article : articles) {
            if (!names.add(article.getFileName()) || Files.readString(article).contains("published: someday")) {
                return true;
            }
        }
        return false;
    }

    private String addWireCopy() throws IOException {
        Path copy = src.resolve(String.format("wire-%03d.txt", next++));
        writeWireCopy(copy);
        if (random.nextInt(3) > 0) {
            writeSidecar(copy);
        }
        wireCopies.add(copy);
        return copy.getFileName().toString();
    }

    // a headline over a paragraph or two, as a plain-text service sends a story
    private void writeWireCopy(Path copy) throws IOException {
        String first = WORDS[random.nextInt(8)];
        StringBuilder text = new StringBuilder(Character.toUpperCase(first.charAt(0)) + first.substring(1)
                + " Council Vote on the " + plainWord() + " Goes Ahead\n\n");
        for (int i = random.nextInt(2); i >= 0; i--) {
            text.append("The council voted on the ").append(plainWord()).append(" and the ").append(plainWord())
                    .append(" on Tuesday, after a long debate about the river and its ferries.\n\n");
        }
        Files.writeString(copy, text);
    }

    // what wire copy cannot say in its text: its date, sometimes its tags
    private void writeSidecar(Path copy) throws IOException {
        StringBuilder sidecar = new StringBuilder("published: ")
                .append(START.plus(random.nextInt(40 * 24), ChronoUnit.HOURS)).append('\n');
        if (random.nextBoolean()) {
            sidecar.append("tags: [\"").append(TAGS[random.nextInt(TAGS.length)]).append("\"]\n");
        }
        Files.writeString(ArticleReader.sidecarOf(copy), sidecar);
    }

    // one article of the array edited, one added, or one removed
    private String changeRoundup() throws IOException {
        String said;
        if (roundup.isEmpty() || random.nextInt(3) == 0) {
            String id = "roundup-" + next++;
            roundup.put(id, roundupArticle(id));
            said = "added " + id;
        } else {
            List<String> ids = new ArrayList<>(roundup.keySet());
            String id = ids.get(random.nextInt(ids.size()));
            if (random.nextBoolean() && roundup.size() > 1) {
                roundup.remove(id);
                said = "removed " + id;
            } else {
                roundup.put(id, roundupArticle(id));
                said = "edited " + id;
            }
        }
        Files.writeString(src.resolve("roundup.json"), "[\n" + String.join(",\n", roundup.values()) + "\n]\n");
        return said;
    }

    private String roundupArticle(String id) {
        return "  {\"id\": \"" + id + "\", \"title\": \"Roundup: " + word() + "\", \"published\": \""
                + START.plus(random.nextInt(40 * 24), ChronoUnit.HOURS) + "\", \"tags\": [\""
                + TAGS[random.nextInt(TAGS.length)] + "\"], \"body\": \"The " + word() + " *and* the " + word() + ".\"}";
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

    // a word as plain text writes it, quotes unescaped
    private String plainWord() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
