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

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s(?:src|href|cite|poster)=\")([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    private FeedUrls() {
    }

    /**
     * @param baseUrl   the site's base URL ({@code https://news.example.org})
     * @param entryLink the entry's absolute link, the base of path-relative URLs
     */
    public static String absolute(String html, String baseUrl, String entryLink) {
        Matcher matcher = ATTRIBUTE.matcher(html);
        if (!matcher.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        do {
            String value = matcher.group(2);
            String resolved = isRelative(value) && SiteRelativeUrls.insideTag(html, matcher.start())
                    ? resolve(value, baseUrl, entryLink) : value;
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + resolved + "\""));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isRelative(String value) {
        return !value.startsWith("#") && !SCHEME.matcher(value).matches();
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
