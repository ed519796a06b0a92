package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** The index of the month archives. */
    public static final String ARCHIVE = "/archive/";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String NEWS_SITEMAP = "/news-sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    /**
     * The page static hosts show for an address with no file (GitHub Pages, Netlify, S3 and
     * nginx's {@code error_page} take this name); not claimed, as the site's own may take its place.
     */
    public static final String NOT_FOUND = "/404.html";

    private static final java.util.Set<String> GENERATED_FILES = java.util.Set.of("/", "/feed.xml", "/atom.xml",
            "/feed.json", OPML, STYLESHEET, SITEMAP, NEWS_SITEMAP, ROBOTS);
    private static final java.util.List<String> GENERATED_FOLDERS = java.util.List.of("/tags/", "/articles/",
            "/archive/", "/archives/", "/page/", "/sitemaps/");

    /** Encoded segments kept; a server asked for endless made-up tags keeps no more. */
    private static final int MAX_ENCODED = 10_000;
    private static final Map<String, String> ENCODED = new ConcurrentHashMap<>();

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

    /**
     * Archive document {@code n} (1 = the oldest) of the main feed or, with a slug, of a tag's:
     * {@code /archives/3/feed.xml}, {@code /tags/nato/archives/3/atom.xml}.
     */
    public static String archiveFeed(String slug, int n, FeedFormat format) {
        return prefix(slug) + "archives/" + n + "/" + format.fileName();
    }

    /** The current feed whose archives those are: {@link #feed} or {@link #tagFeed}. */
    public static String currentFeed(String slug, FeedFormat format) {
        return slug == null ? feed(format) : tagFeed(slug, format);
    }

    /** The list page of the main feed or a tag's feed: {@code /} or {@code /tags/{slug}/}. */
    public static String listPage(String slug) {
        return slug == null ? INDEX : tag(slug);
    }

    /** Older list page {@code n} (1 = the oldest), holding what archive document {@code n} holds. */
    public static String listPage(String slug, int n) {
        return prefix(slug) + "page/" + n + "/";
    }

    /** The page of every article of one month, {@code /archive/2024/11/}. */
    public static String month(YearMonth month) {
        return ARCHIVE + String.format(Locale.ROOT, "%04d/%02d/", month.getYear(), month.getMonthValue());
    }

    /** Part {@code n} of a sitemap too large for one file, {@code /sitemaps/2.xml}. */
    public static String sitemapPart(int n) {
        return "/sitemaps/" + n + ".xml";
    }

    private static String prefix(String slug) {
        return slug == null ? "/" : tag(slug);
    }

    /** The page of one article, {@code /articles/{id}}. */
    public static String article(String id) {
        return "/articles/" + id;
    }

    /**
     * Whether a site path (decoded, without query) lies in the URL space Herald writes itself:
     * a feed, a page, a sitemap. A link there from an article needs no file of {@code static/}.
     */
    public static boolean isGenerated(String path) {
        if (GENERATED_FILES.contains(path) || path.equals("/tags") || path.equals("/archive")) {
            return true;
        }
        for (String folder : GENERATED_FOLDERS) {
            if (path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a file or folder of a built site, by its path in the site's folder ({@code
     * tags/nato/index.html}, {@code articles}), lies in the URL space Herald writes itself.
     */
    public static boolean isGeneratedFile(Path relative) {
        String path = "/" + relative.toString().replace('\\', '/');
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        return isGenerated(path) || isGenerated(path + "/");
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

    /**
     * A path segment percent-encoded as UTF-8, with spaces as {@code %20}. Segments are tag slugs,
     * a few hundred met again and again (every link to a tag on every page), so each is encoded once.
     */
    static String encode(String segment) {
        String encoded = ENCODED.get(segment);
        if (encoded == null) {
            encoded = URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
            if (ENCODED.size() < MAX_ENCODED) {
                ENCODED.put(segment, encoded);
            }
        }
        return encoded;
    }
}
