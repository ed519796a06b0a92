package dev.herald.core.read;

import dev.herald.core.model.Article;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problems;
import dev.herald.core.text.SiteRelativeUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Site-relative URLs ({@code /images/x.jpg}) name files the site itself publishes: one that names
 * nothing would be a broken image in every feed and page, so it is an error of its article, on
 * the line that holds it.
 */
final class SiteLinks {

    private SiteLinks() {
    }

    /**
     * The articles whose site-relative URLs all name something; a problem for each that does not.
     *
     * @param text   the input's text, to find the line of a URL
     * @param exists whether a site-relative URL names a file or page of the site
     */
    static List<SourcedArticle> check(List<SourcedArticle> articles, String text, Predicate<String> exists,
            Problems problems) {
        List<SourcedArticle> kept = new ArrayList<>(articles.size());
        for (SourcedArticle sourced : articles) {
            Article article = sourced.article();
            int start = offsetOfLine(text, sourced.line());
            boolean broken = false;
            if (article.image() != null && SiteRelativeUrls.isSiteRelative(article.image().url())) {
                String url = article.image().url().toString();
                broken |= missing(url, "image.url", lineOf(url, text, start, sourced.line()), exists, problems);
            }
            // each once: a link written twice is one file to add; looked for in the article's text,
            // not in a title before it that happens to quote the same path
            int body = afterFrontMatter(text, start);
            for (String url : new LinkedHashSet<>(SiteRelativeUrls.in(article.contentHtml()))) {
                broken |= missing(url, "body", lineOf(url, text, body, sourced.line()), exists, problems);
            }
            if (!broken) {
                kept.add(sourced);
            }
        }
        return kept;
    }

    private static boolean missing(String url, String field, int line, Predicate<String> exists, Problems problems) {
        if (exists.test(url)) {
            return false;
        }
        problems.error(line, field, "names " + url
                + ", which is no file of the site's static folder (add the file, or fix the path)");
        return true;
    }

    // the line where the URL is first written from `from` on, as the HTML has it or as an editor
    // may have (a space, not %20), else where the article starts
    private static int lineOf(String url, String text, int from, int fallback) {
        int at = text.indexOf(url, from);
        if (at < 0) {
            at = text.indexOf(decoded(url), from);
        }
        if (at < 0) {
            return fallback;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // where the article's first line starts (the whole text when its line is unknown)
    private static int offsetOfLine(String text, int line) {
        int at = 0;
        for (int current = 1; current < line && at >= 0; current++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return Math.max(at, 0);
    }

    // past a Markdown article's front matter: a first line "---" up to the next line "---"
    private static int afterFrontMatter(String text, int start) {
        if (!lineAt(text, start).strip().equals("---")) {
            return start;
        }
        int at = text.indexOf('\n', start);
        while (at >= 0) {
            at++;
            if (lineAt(text, at).stripTrailing().equals("---")) {
                return at;
            }
            at = text.indexOf('\n', at);
        }
        return start;
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String decoded(String url) {
        try {
            String path = new URI(url).getPath();
            return path == null ? url : path;
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
