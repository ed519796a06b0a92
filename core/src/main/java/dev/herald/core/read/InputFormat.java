package dev.herald.core.read;

import java.util.Locale;
import java.util.Optional;

/** The article file formats, picked by file extension. */
public enum InputFormat {
    /** One article object or an array of them. */
    JSON("json"),
    /** YAML front matter between {@code ---} lines, then a CommonMark body. */
    MARKDOWN("md"),
    /** Plain-text wire copy, with an optional {@code NAME.meta.yaml} sidecar. */
    WIRE("txt");

    private static final String[] MARKDOWN_BY_OTHER_NAMES = {".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn"};

    private final String extension;

    InputFormat(String extension) {
        this.extension = extension;
    }

    /** The extension without its dot, e.g. {@code md}. */
    public String extension() {
        return extension;
    }

    /** The format of a file name such as {@code story.md}; empty for an unknown extension. */
    public static Optional<InputFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        // Markdown by the other names editors and other publishers give it (Jekyll's .markdown)
        for (String markdown : MARKDOWN_BY_OTHER_NAMES) {
            if (lower.endsWith(markdown)) {
                return Optional.of(MARKDOWN);
            }
        }
        return Optional.empty();
    }

    /** The format named by a command-line word: json, md (or markdown), txt (or wire). */
    public static Optional<InputFormat> ofName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "json" -> Optional.of(JSON);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "txt", "wire" -> Optional.of(WIRE);
            default -> Optional.empty();
        };
    }
}
