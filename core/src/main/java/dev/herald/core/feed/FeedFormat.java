package dev.herald.core.feed;

import java.util.Locale;
import java.util.Optional;

/** The three feed formats, with the file name and media type each is served under. */
public enum FeedFormat {
    RSS("rss", "feed.xml", "application/rss+xml"),
    ATOM("atom", "atom.xml", "application/atom+xml"),
    JSON("json", "feed.json", "application/feed+json");

    private final String cliName;
    private final String fileName;
    private final String mediaType;

    FeedFormat(String cliName, String fileName, String mediaType) {
        this.cliName = cliName;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** The name used on the command line: rss, atom or json. */
    public String cliName() {
        return cliName;
    }

    /** The file name in the URL space, e.g. {@code atom.xml}. */
    public String fileName() {
        return fileName;
    }

    /** The media type without parameters, e.g. {@code application/atom+xml}. */
    public String mediaType() {
        return mediaType;
    }

    /** The {@code Content-Type} header value, with the UTF-8 charset. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The format with this command-line name, ignoring case. */
    public static Optional<FeedFormat> ofCliName(String name) {
        for (FeedFormat format : values()) {
            if (format.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format whose file has this name ({@code feed.xml}, {@code atom.xml}, {@code feed.json}). */
    public static Optional<FeedFormat> ofFileName(String name) {
        for (FeedFormat format : values()) {
            if (format.fileName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
