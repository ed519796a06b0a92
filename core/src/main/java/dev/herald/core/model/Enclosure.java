package dev.herald.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A media file that goes with an article, such as a podcast episode's audio or a video.
 *
 * @param url       absolute URL of the file
 * @param mediaType MIME type such as {@code audio/mpeg}, matching {@link #MEDIA_TYPE}
 * @param length    size in bytes, or 0 when unknown
 */
public record Enclosure(URI url, String mediaType, long length) {

    /** What a MIME type looks like: {@code type/subtype}, parameters not included. */
    public static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
            + "/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

    public Enclosure {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("url must be absolute, was " + url);
        }
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("mediaType must be type/subtype, was \"" + mediaType + "\"");
        }
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative, was " + length);
        }
    }
}
