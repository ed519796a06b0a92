package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The URL space that the static build and the live server share, so a site can move between
 * them without breaking a subscription. Paths start with {@code /} and are percent-encoded
 * (a tag slug may hold any letter: {@code /tags/z%C3%BCrich/feed.xml}).
 */
public final class SitePaths {

    public static final String INDEX = "/";
    public static final String TAGS = "/tags/";
    public static final String OPML = "/opml.xml";
    public static final String STYLESHEET = "/style.css";

    private SitePaths() {
    }

    /** {@code /feed.xml}, {@code /atom.xml} or {@code /feed.json}. */
    public static String feed(FeedFormat format) {
        return "/" + format.fileName();
    }

    /** The page of one tag, {@code /tags/{slug}/}. */
    public static String tag(String slug) {
        return TAGS + encode(slug) + "/";
    }

    /** One tag's feed, e.g. {@code /tags/nato/atom.xml}. */
    public static String tagFeed(String slug, FeedFormat format) {
        return tag(slug) + format.fileName();
    }

    /** The page of one article, {@code /articles/{id}}. */
    public static String article(String id) {
        return "/articles/" + id;
    }

    /**
     * The file that serves a path in a static build: a path ending in {@code /} and an article
     * path are folders with an {@code index.html}, so every static host serves them.
     */
    public static Path file(Path root, String path) {
        return root.resolve(file(path));
    }

    /** {@link #file(Path, String)} relative to the site's folder. */
    public static Path file(String path) {
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        String relative = decoded.substring(1);
        if (decoded.endsWith("/")) {
            relative += "index.html";
        } else if (decoded.startsWith("/articles/")) {
            relative += "/index.html";
        }
        return Path.of(relative);
    }

    /** A path segment percent-encoded as UTF-8, with spaces as {@code %20}. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
