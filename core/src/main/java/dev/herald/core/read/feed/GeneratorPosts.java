package dev.herald.core.read.feed;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.LimitedReads;
import dev.herald.core.read.ReadFailures;
import dev.herald.core.read.binding.Field;
import dev.herald.core.read.binding.FieldMap;
import dev.herald.core.read.binding.YamlObjects;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * The posts of a Jekyll or Hugo site (its {@code _posts/} and {@code _drafts/}, its
 * {@code content/}, or the whole site folder) as {@link FeedItem}s: each Markdown or HTML file
 * with front matter (YAML between {@code ---} lines, TOML between {@code +++} lines) is a post,
 * its keys read as those generators name them ({@link GeneratorFields}), its Markdown rendered
 * after its shortcodes and Liquid tags are translated ({@link GeneratorMarkup}). Files without
 * front matter (a README), and folders that are no content ({@code _site}, {@code public},
 * {@code node_modules}, hidden ones), are passed over.
 */
final class GeneratorPosts {

    /** The largest post read, in bytes, as Herald's own article files (16 MiB). */
    private static final int MAX_POST_BYTES = 16 * 1024 * 1024;

    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "html");
    private static final Set<String> NOT_CONTENT = Set.of("_site", "public", "resources", "node_modules", "vendor",
            "themes", "_layouts", "_includes", "_sass", "assets", "static", "layouts");
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)$");
    private static final TomlMapper TOML = new TomlMapper(TomlFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build()).build());
    private static final String MORE = "<!--more-->";
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new HtmlSanitizer());

    private GeneratorPosts() {
    }

    /** The posts of the folder, in the order of their files' paths. */
    static List<FeedItem> items(Path folder, Problems problems) throws IOException {
        List<Path> files = files(folder);
        // a Jekyll site's posts are in _posts/ (and _drafts/): its other files are pages
        boolean jekyll = files.stream().anyMatch(file -> isUnder(folder.relativize(file), "_posts"));
        Map<String, String> ids = new TreeMap<>();
        files.forEach(file -> ids.putIfAbsent(nameOf(file), ImportIds.ofSlug(nameOf(file), "")));
        Map<String, Integer> unread = new TreeMap<>();
        Map<String, Integer> leftAsWritten = new TreeMap<>();
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (Path file : files) {
            number++;
            String name = folder.relativize(file).toString();
            Problems filesProblems = problems.forSource(file.toString());
            Optional<String> text = read(file, filesProblems);
            Optional<FrontMatter> frontMatter = text.flatMap(content -> FrontMatter.of(content, filesProblems));
            if (frontMatter.isEmpty()) {
                continue;
            }
            GeneratorFields fields = new GeneratorFields(frontMatter.get().keys());
            String body = frontMatter.get().body();
            String html;
            if (file.toString().endsWith(".html")) {
                html = body;
            } else {
                GeneratorMarkup.Translated translated = GeneratorMarkup.translate(body,
                        page -> ids.getOrDefault(page, ImportIds.ofSlug(page, "")));
                translated.leftAsWritten().forEach(left -> leftAsWritten.merge(left, 1, Integer::sum));
                html = MARKDOWN.render(translated.markdown());
            }
            fields.unread().forEach(key -> unread.merge(key, 1, Integer::sum));
            Path relative = folder.relativize(file);
            boolean inDrafts = isUnder(relative, "_drafts");
            GeneratorPost post = new GeneratorPost(file.toString(), fields.draft() || inDrafts,
                    kindOf(file, relative, fields, jekyll), fields.slug().orElse(nameOf(file)));
            Instant published = fields.published().or(() -> dateOfName(file)).orElse(null);
            if (published == null && post.draft()) {
                published = savedAt(file); // a draft has no date yet (Jekyll's _drafts): it is dated when last saved
            }
            // as Jekyll shows a post without a title: its file's name, "welcome-to-jekyll" as "Welcome To Jekyll"
            String title = fields.title() != null ? fields.title() : titleOf(nameOf(file));
            items.add(new FeedItem(number, name, title, fields.link(), published, fields.dateText(),
                    fields.updated(), fields.authors(), fields.tags(),
                    fields.summary() != null ? fields.summary() : teaser(html), html, fields.image(), List.of(), null,
                    fields.language(), post));
        }
        if (!unread.isEmpty()) {
            problems.warning(0, null, "not imported: " + counted(unread, "post", "posts"));
        }
        if (!leftAsWritten.isEmpty()) {
            problems.warning(0, null, "left as written, for an editor to replace: " + counted(leftAsWritten, "post",
                    "posts"));
        }
        return items;
    }

    // a post, or what the site has beside its posts
    private static String kindOf(Path file, Path relative, GeneratorFields fields, boolean jekyll) {
        if (file.getFileName().toString().startsWith("_index.")) {
            return "list page";
        }
        if (!jekyll && isBundled(file)) {
            return "bundled file";
        }
        boolean jekyllPage = jekyll && !isUnder(relative, "_posts") && !isUnder(relative, "_drafts");
        return fields.isPage() || jekyllPage || isHugoRootPage(relative) ? "page" : GeneratorPost.POST;
    }

    // Hugo's leaf bundle: a folder with an index.md, whose other files are that page's, not posts
    private static boolean isBundled(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("index.") && file.getParent() != null
                && (Files.exists(file.resolveSibling("index.md")) || Files.exists(file.resolveSibling("index.markdown")));
    }

    // Hugo's content/about.md: a file of no section, a page of the site rather than a post
    private static boolean isHugoRootPage(Path relative) {
        Path parent = relative.getParent();
        return parent != null && parent.getFileName().toString().equals("content")
                && !relative.getFileName().toString().startsWith("index.");
    }

    private static String titleOf(String name) {
        StringBuilder title = new StringBuilder();
        for (String word : name.split("[-_\\s]+")) {
            if (!word.isEmpty()) {
                title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return title.isEmpty() ? null : title.toString();
    }

    private static Instant savedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isUnder(Path relative, String folderName) {
        for (Path part : relative) {
            if (part.toString().equals(folderName)) {
                return true;
            }
        }
        return false;
    }

    // what comes before "<!--more-->", where both generators end a post's teaser
    private static String teaser(String html) {
        int more = html == null ? -1 : html.indexOf(MORE);
        String text = more < 0 ? "" : Jsoup.parse(html.substring(0, more)).text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String counted(Map<String, Integer> counts, String one, String many) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " " + (e.getValue() == 1 ? one
                : many) + ")").collect(Collectors.joining(", "));
    }

    // the files that may be posts, in the order of their paths, passing over folders that are no content
    private static List<Path> files(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skipped = !dir.equals(folder) && (name.startsWith(".") || NOT_CONTENT.contains(name));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (attributes.isRegularFile() && !name.startsWith(".") && dot > 0
                        && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT)) && opensFrontMatter(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a file that cannot be read is named when it is read
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean opensFrontMatter(Path file) {
        try (var in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(8), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return start.startsWith("---") || start.startsWith("+++");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> read(Path file, Problems problems) {
        try {
            Optional<byte[]> bytes = LimitedReads.read(file, MAX_POST_BYTES);
            if (bytes.isEmpty()) {
                problems.error(0, null, "larger than " + MAX_POST_BYTES / (1024 * 1024) + " MiB; skipped");
                return Optional.empty();
            }
            return Optional.of(new String(bytes.get(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (IOException e) {
            problems.error(0, null, "cannot be read: " + ReadFailures.describe(e));
            return Optional.empty();
        }
    }

    // "2021-08-23-basic-post.md" → "basic-post"; Hugo's "ferry-fares/index.md" → "ferry-fares"
    static String nameOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if ((name.equals("index") || name.equals("_index")) && file.getParent() != null
                && file.getParent().getFileName() != null) {
            name = file.getParent().getFileName().toString();
        }
        Matcher dated = DATED_NAME.matcher(name);
        return dated.matches() ? dated.group(2) : name;
    }

    // Jekyll dates a post by its file's name: 2021-08-23-basic-post.md
    private static Optional<Instant> dateOfName(Path file) {
        Matcher dated = DATED_NAME.matcher(file.getFileName().toString());
        return dated.find() ? FeedDates.parse(dated.group(1)) : Optional.empty();
    }

    /** A post's front matter as a tree of keys (their names in lower case), and its body. */
    record FrontMatter(ObjectNode keys, String body) {

        private static final YamlObjects YAML = new YamlObjects();

        static Optional<FrontMatter> of(String text, Problems problems) {
            List<String> lines = text.lines().toList();
            String fence = lines.isEmpty() ? "" : lines.get(0).strip();
            int closing = -1;
            for (int i = 1; i < lines.size() && closing < 0; i++) {
                if (lines.get(i).stripTrailing().equals(fence)) {
                    closing = i;
                }
            }
            if (closing < 0) {
                problems.error(1, null, "front matter is not closed: no second \"" + fence + "\" line; skipped");
                return Optional.empty();
            }
            String keys = String.join("\n", lines.subList(1, closing)) + "\n";
            String body = String.join("\n", lines.subList(closing + 1, lines.size()));
            ObjectNode tree = JsonNodeFactory.instance.objectNode();
            if (fence.equals("+++")) {
                try {
                    JsonNode toml = TOML.readTree(keys);
                    toml.fields().forEachRemaining(field -> tree.set(field.getKey().toLowerCase(Locale.ROOT),
                            field.getValue()));
                } catch (IOException e) {
                    problems.error(2, null, "TOML front matter cannot be read: " + ReadFailures.describe(e) + "; skipped");
                    return Optional.empty();
                }
            } else {
                int mark = problems.size();
                Optional<FieldMap> yaml = YAML.readObject(keys, 1, problems);
                if (yaml.isEmpty() || problems.hasErrorsSince(mark)) {
                    return Optional.empty(); // named on its line: not imported half-read
                }
                for (Field field : yaml.get().all()) {
                    tree.set(field.name().toLowerCase(Locale.ROOT), field.value());
                }
            }
            return Optional.of(new FrontMatter(tree, body));
        }
    }
}
