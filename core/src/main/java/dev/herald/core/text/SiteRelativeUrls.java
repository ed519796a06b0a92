package dev.herald.core.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Site-relative URLs ({@code /images/x.jpg}: a path from the site's root, no host) in sanitized
 * article HTML and image URLs. Feeds are read away from the site and need them absolute, so they
 * are resolved against the base URL there; pages keep them site-relative, so a site previewed at
 * another address still shows its own images. Only the attributes of sanitized HTML are looked
 * at: the sanitizer writes every attribute as {@code name="value"} and escapes {@code <} and
 * {@code >} in text, so text that looks like an attribute is told apart by lying outside a tag.
 */
public final class SiteRelativeUrls {

    /** The attributes of sanitized HTML that hold a URL. */
    public static final List<String> URL_ATTRIBUTES = List.of("src", "href", "cite", "poster");

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s(?:" + String.join("|", URL_ATTRIBUTES)
            + ")=\")(/(?!/)[^\"]*)\"");

    private SiteRelativeUrls() {
    }

    /** Whether the URL is a path from the site's root: {@code /x}, not {@code //host/x} nor {@code x}. */
    public static boolean isSiteRelative(String url) {
        return url.startsWith("/") && !url.startsWith("//");
    }

    /** Whether the URI is a path from the site's root. */
    public static boolean isSiteRelative(URI url) {
        return url != null && !url.isAbsolute() && url.getRawAuthority() == null && isSiteRelative(url.toString());
    }

    /**
     * The HTML with every site-relative URL in an attribute prefixed with {@code base}: the base
     * URL for feeds ({@code https://news.example.org}), the base URL's path for pages (often
     * empty: then the HTML is returned as it is).
     */
    public static String prefixed(String html, String base) {
        if (base.isEmpty() || html.indexOf("=\"/") < 0) {
            return html;
        }
        Matcher matcher = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (matcher.find()) {
            String replacement = insideTag(html, matcher.start())
                    ? matcher.group(1) + base + matcher.group(2) + "\"" : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The URL prefixed with {@code base} if it is site-relative, else as it is. */
    public static URI prefixed(URI url, String base) {
        return isSiteRelative(url) ? URI.create(base + url) : url;
    }

    // text between tags has its angle brackets escaped: a tag is open when its < comes after the last >
    static boolean insideTag(String html, int at) {
        return html.lastIndexOf('<', at) > html.lastIndexOf('>', at);
    }

    /** The site-relative URLs in the attributes of sanitized HTML, in order, as written (encoded). */
    public static List<String> in(String html) {
        if (html.indexOf("=\"/") < 0) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(html);
        while (matcher.find()) {
            if (!insideTag(html, matcher.start())) {
                continue;
            }
            urls.add(org.jsoup.parser.Parser.unescapeEntities(matcher.group(2), true));
        }
        return urls;
    }
}
