package dev.herald.core.feed;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Media types of images, guessed from the URL's extension (feeds state them, readers use them). */
public final class ImageTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif",
            "webp", "image/webp", "avif", "image/avif", "svg", "image/svg+xml");

    private ImageTypes() {
    }

    /** The media type for the URL's path extension; empty if unknown. */
    public static Optional<String> of(URI url) {
        String path = url.getPath();
        if (path == null) {
            return Optional.empty();
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
