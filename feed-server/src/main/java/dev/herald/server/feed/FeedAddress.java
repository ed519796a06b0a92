package dev.herald.server.feed;

import dev.herald.core.feed.FeedFormat;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path and query of a current feed (the main feed, a tag's, a filtered one), as a request or
 * a WebSub topic names it; archive documents and other paths are none.
 *
 * @param tag the {@code /tags/{tag}/} part as sent, or null
 */
public record FeedAddress(String path, String rawQuery, FeedFormat format, String tag) {

    private static final Pattern CURRENT = Pattern.compile("/(?:tags/([^/]+)/)?(feed\\.xml|atom\\.xml|feed\\.json)");

    /** The feed at this path and raw query (null or empty for none), if it is one. */
    public static Optional<FeedAddress> of(String path, String rawQuery) {
        Matcher matcher = CURRENT.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        FeedFormat format = FeedFormat.ofFileName(matcher.group(2)).orElseThrow();
        return Optional.of(new FeedAddress(path, rawQuery == null || rawQuery.isEmpty() ? null : rawQuery, format,
                matcher.group(1)));
    }

    /**
     * The feed whatever its format and page: the path without its file name, and the query without
     * its cursor, e.g. {@code /}, {@code /tags/world/}, {@code /?any=world,europe}.
     */
    public String feed() {
        String folder = path.substring(0, path.length() - format.fileName().length());
        if (rawQuery == null) {
            return folder;
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !parameter.startsWith(FeedCursor.PARAMETER + "=")) {
                query.add(parameter);
            }
        }
        return folder + query;
    }

    /** The path with its query, as the feed's self link ends. */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }
}
