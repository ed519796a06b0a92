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
    private static final InputFormat[] FORMATS = values();

    private final String extension;
    private final String suffix;
    private final Optional<InputFormat> found;

    InputFormat(String extension) {
        this.extension = extension;
        this.suffix = "." + extension;
        this.found = Optional.of(this);
    }

    /** The extension without its dot, e.g. {@code md}. */
    public String extension() {
        return extension;
    }

    /** The format of a file name such as {@code story.md}; empty for an unknown extension. */
    public static Optional<InputFormat> ofFileName(String fileName) {
        for (InputFormat format : FORMATS) {
            if (endsInLowerCase(fileName, format.suffix)) {
                return format.found;
            }
        }
        // Markdown by the other names editors and other publishers give it (Jekyll's .markdown)
        for (String markdown : MARKDOWN_BY_OTHER_NAMES) {
            if (endsInLowerCase(fileName, markdown)) {
                return MARKDOWN.found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the name in lower case ends with {@code suffix} (lower-case ASCII), looked at
     * character by character instead of lowering a copy of it: a rebuild looks at the names of a
     * large site's 100,000 source files twice.
     */
    private static boolean endsInLowerCase(String name, String suffix) {
        int start = name.length() - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (Character.toLowerCase(name.charAt(start + i)) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
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
