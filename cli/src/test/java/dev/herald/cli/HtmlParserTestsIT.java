package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The torture tests of HTML parsers (html5lib-tests' tree construction, MIT, in the test
 * resources with their licence) as the bodies of articles: some 1,700 fragments of misnested,
 * unclosed, stray and foreign markup, as a wire service or an old CMS export may send. The site
 * built from them has article pages that pass the Nu HTML Checker and feeds that pass their
 * validators.
 */
class HtmlParserTestsIT {

    private static final Path TESTS = Path.of("src/test/resources/html5lib-tree-construction");
    // the lines that end a test's #data section
    private static final Set<String> SECTIONS = Set.of("#errors", "#new-errors", "#document-fragment", "#script-off",
            "#script-on", "#document");
    private static final int ARTICLES_A_FILE = 200;
    // a link or image URL from the site's root (a backslash is a browser's slash)
    private static final Pattern SITE_RELATIVE = Pattern.compile("(?i)(href|src)\\s*=\\s*[\"']?[/\\\\](?![/\\\\])");

    @TempDir
    static Path folder;

    private static Path site;
    private static int articles;

    @BeforeAll
    static void build() throws IOException {
        List<String> fragments = new ArrayList<>();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dat")).sorted().toList()) {
                fragments.addAll(fragments(Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        // a site-relative link names a file of the site's own, which these fragments do not have
        fragments.removeIf(fragment -> SITE_RELATIVE.matcher(fragment).find());
        articles = fragments.size();
        Path source = Files.createDirectories(folder.resolve("src"));
        ObjectMapper json = new ObjectMapper();
        for (int first = 0; first < fragments.size(); first += ARTICLES_A_FILE) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = first; i < Math.min(first + ARTICLES_A_FILE, fragments.size()); i++) {
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("id", "parser-test-" + i);
                article.put("title", "Parser test " + i);
                article.put("published", "2025-01-01T00:00:00Z");
                article.put("tags", List.of("Parsing"));
                article.put("bodyHtml", "<p>Fragment " + i + ":</p>" + fragments.get(i));
                batch.add(article);
            }
            json.writeValue(source.resolve("fragments-" + first + ".json").toFile(), batch);
        }
        site = folder.resolve("site");
        CliRun run = CliRun.of("build", source.toString(), "--out", site.toString(), "--base-url", "https://news.example.org");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void everyArticlePagePassesTheNuHtmlChecker() throws IOException, InterruptedException {
        List<Path> pages = SiteFiles.named(site.resolve("articles"), "index.html");
        assertTrue(articles > 1500, articles + " fragments");
        assertEquals(articles, pages.size(), "a page for every fragment");
        NuHtmlChecker.passes(pages);
    }

    @Test
    void feedsPassTheirValidators() throws IOException, InterruptedException {
        List<Path> rss = new ArrayList<>(SiteFiles.named(site.resolve("archives"), "feed.xml"));
        List<Path> atom = new ArrayList<>(SiteFiles.named(site.resolve("archives"), "atom.xml"));
        List<Path> jsonFeeds = new ArrayList<>(SiteFiles.named(site.resolve("archives"), "feed.json"));
        rss.add(site.resolve("feed.xml"));
        atom.add(site.resolve("atom.xml"));
        jsonFeeds.add(site.resolve("feed.json"));
        FeedValidators.rss(rss);
        FeedValidators.atom(atom);
        FeedValidators.json(jsonFeeds);
    }

    // the #data sections of one file of tests
    private static List<String> fragments(List<String> lines) {
        List<String> fragments = new ArrayList<>();
        StringBuilder data = null;
        for (String line : lines) {
            if (line.equals("#data")) {
                data = new StringBuilder();
            } else if (data != null && SECTIONS.contains(line)) {
                fragments.add(data.toString());
                data = null;
            } else if (data != null) {
                data.append(data.isEmpty() ? "" : "\n").append(line);
            }
        }
        return fragments;
    }
}
