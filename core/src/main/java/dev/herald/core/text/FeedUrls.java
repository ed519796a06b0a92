package dev.herald.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Every relative URL in the attributes of sanitized article HTML, made absolute for feeds. A feed
 * is read away from the site, and readers resolve what is left relative against different bases
 * (the feed's URL, the entry's link, or none at all), so a feed carries none. Site-relative URLs
 * ({@code /images/x.jpg}) go under the base URL, where the site publishes its own files;
 * path-relative ones ({@code map.png}, {@code ../other/}, {@code ?page=2}) and protocol-relative
 * ones ({@code //cdn.example.org/x}) are resolved against the entry's link (RFC 3986), as on the
 * article's page. A fragment alone ({@code #note-1}) points into the entry itself and is kept.
 * Like {@link SiteRelativeUrls}, only attributes inside tags are looked at.
 */
public final class FeedUrls {

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s(?:"
            + String.join("|", SiteRelativeUrls.URL_ATTRIBUTES) + ")=\")([^\"]*)\"");

    private FeedUrls() {
    }

    /**
     * @param baseUrl   the site's base URL ({@code https://news.example.org})
     * @param entryLink the entry's absolute link, the base of path-relative URLs
     */
    public static String absolute(String html, String baseUrl, String entryLink) {
        if (!anyRelative(html)) {
            return html; // most bodies; the regular expression over every one took a fifth of a build's CPU
        }
        Matcher matcher = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (matcher.find()) {
            String value = matcher.group(2);
            String resolved = isRelative(value, 0) && SiteRelativeUrls.insideTag(html, matcher.start())
                    ? resolve(value, baseUrl, entryLink) : value;
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + resolved + "\""));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    // whether a value of a URL attribute may be relative, text that only looks like one included
    private static boolean anyRelative(String html) {
        for (int at = html.indexOf("=\""); at >= 0; at = html.indexOf("=\"", at + 2)) {
            if (isUrlAttribute(html, at) && isRelative(html, at + 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUrlAttribute(String html, int equals) {
        for (String name : SiteRelativeUrls.URL_ATTRIBUTES) {
            int start = equals - name.length();
            if (start > 0 && html.startsWith(name, start) && Character.isWhitespace(html.charAt(start - 1))) {
                return true;
            }
        }
        return false;
    }

    // the value starting at `from`: relative unless a fragment alone or led by a scheme ("https:")
    private static boolean isRelative(String text, int from) {
        if (from < text.length() && text.charAt(from) == '#') {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i == from;
            }
            boolean schemeChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || i > from && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-');
            if (!schemeChar) {
                return true;
            }
        }
        return true;
    }

    // the value as written in the attribute (escaped), resolved as jsoup's absUrl does (RFC 3986,
    // where java.net.URI is not: "?page=2" keeps the entry's path), and escaped again
    private static String resolve(String value, String baseUrl, String entryLink) {
        if (SiteRelativeUrls.isSiteRelative(value)) {
            return baseUrl + value;
        }
        String resolved = StringUtil.resolve(entryLink, Parser.unescapeEntities(value, true).strip());
        // empty when it is no URL a reader could resolve either: then left as written
        return resolved.isEmpty() ? value : Entities.escape(resolved);
    }
}
