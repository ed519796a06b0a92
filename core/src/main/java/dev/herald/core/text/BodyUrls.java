package dev.herald.core.text;

import java.net.IDN;
import java.util.Arrays;
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
    private static final Pattern WEB_SCHEME_ALONE = Pattern.compile("(?i)https?:(?!//)");

    private BodyUrls() {
    }

    /** The URL as a valid one, or empty when its host is not a host at all. */
    static Optional<String> valid(String written) {
        String url = slashes(written.strip());
        Matcher parts = WITH_AUTHORITY.matcher(url);
        if (!parts.matches()) {
            // "https:x" and "http:" are no web addresses a browser could ask for as written
            return WEB_SCHEME_ALONE.matcher(url).lookingAt() ? Optional.empty() : Optional.of(rest(url));
        }
        return authority(parts.group(2)).map(authority -> parts.group(1) + authority + rest(parts.group(3)));
    }

    // what follows the host: the path, query and fragment, with what a URL may not hold there
    // encoded, brackets (an IPv6 host's only) and any # after the one that opens the fragment too
    private static String rest(String written) {
        String encoded = WrittenUrls.encoded(written).replace("[", "%5B").replace("]", "%5D");
        int fragment = encoded.indexOf('#');
        return fragment < 0 ? encoded
                : encoded.substring(0, fragment + 1) + encoded.substring(fragment + 1).replace("#", "%23");
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
        // an @ of the user's name or password is written as an escape: the last one ends them
        String userInfo = at < 0 ? "" : WrittenUrls.encoded(written.substring(0, at)).replace("@", "%40") + "@";
        String hostAndPort = written.substring(at + 1);
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < hostAndPort.lastIndexOf(']')) {
            colon = -1; // a colon of an IPv6 address, not a port's
        }
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        String port = colon < 0 ? "" : hostAndPort.substring(colon);
        String digits = port.isEmpty() ? "" : port.substring(1);
        if (!PORT.matcher(digits).matches() || !digits.isEmpty() && Integer.parseInt(digits) > 65535) {
            return Optional.empty();
        }
        return ascii(host).filter(BodyUrls::isHost).map(name -> userInfo + name + port);
    }

    // no label of a name may be empty but the last ("example.org." is a name, "a..b" none)
    private static boolean isHost(String name) {
        if (name.startsWith("[")) {
            return HOST.matcher(name).matches();
        }
        return HOST.matcher(name).matches() && !name.startsWith(".") && !name.contains("..")
                && Arrays.stream(name.split("\\.")).allMatch(BodyUrls::isLabel);
    }

    // an internationalised label's ASCII form ("xn--…") must decode
    private static boolean isLabel(String label) {
        return !label.regionMatches(true, 0, "xn--", 0, 4) || !IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED).equals(label);
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
