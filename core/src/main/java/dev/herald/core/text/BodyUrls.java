package dev.herald.core.text;

import java.net.IDN;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link and image URLs of article HTML made valid URLs, as the HTML standard (and the Nu HTML
 * Checker) wants them in {@code href}, {@code src} and {@code cite}: the white space around one
 * goes, characters a URL may not hold are percent-encoded ({@link WrittenUrls}), a host written in
 * another script is given in its ASCII form (IDNA, as a browser asks for it), a backslash in a web
 * URL's path is the slash a browser takes it for, and a URL whose host no browser could reach
 * ({@code https://exa mple.com/}) is none: the link's text stays, unlinked.
 */
final class BodyUrls {

    // a scheme and "//", or "//" alone, then the authority up to the first / ? or #
    private static final Pattern WITH_AUTHORITY = Pattern.compile("((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)([^/?#]*)(.*)",
            Pattern.DOTALL);
    // a registered name, an IPv4 address or an IPv6 one in brackets
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=-]+|\\[[0-9A-Fa-f:.]+\\]");
    private static final Pattern PORT = Pattern.compile("\\d{0,5}");

    private BodyUrls() {
    }

    /** The URL as a valid one, or empty when its host is not a host at all. */
    static Optional<String> valid(String written) {
        String url = slashes(written.strip());
        Matcher parts = WITH_AUTHORITY.matcher(url);
        if (!parts.matches()) {
            return Optional.of(WrittenUrls.encoded(url));
        }
        return authority(parts.group(2)).map(authority -> parts.group(1) + authority + WrittenUrls.encoded(parts.group(3)));
    }

    // web URLs, and relative ones, which article pages resolve against their http(s) address
    private static String slashes(String url) {
        if (url.indexOf('\\') < 0 || url.regionMatches(true, 0, "mailto:", 0, 7)) {
            return url;
        }
        int pathEnd = url.length();
        for (char end : new char[] {'?', '#'}) {
            int at = url.indexOf(end);
            if (at >= 0 && at < pathEnd) {
                pathEnd = at;
            }
        }
        return url.substring(0, pathEnd).replace('\\', '/') + url.substring(pathEnd);
    }

    private static Optional<String> authority(String written) {
        int at = written.lastIndexOf('@');
        String userInfo = at < 0 ? "" : WrittenUrls.encoded(written.substring(0, at + 1));
        String hostAndPort = written.substring(at + 1);
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < hostAndPort.lastIndexOf(']')) {
            colon = -1; // a colon of an IPv6 address, not a port's
        }
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        String port = colon < 0 ? "" : hostAndPort.substring(colon);
        if (!PORT.matcher(port.isEmpty() ? "" : port.substring(1)).matches()) {
            return Optional.empty();
        }
        return ascii(host).filter(name -> HOST.matcher(name).matches()).map(name -> userInfo + name + port);
    }

    private static Optional<String> ascii(String host) {
        if (host.chars().allMatch(c -> c < 0x80)) {
            return Optional.of(host);
        }
        try {
            return Optional.of(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
