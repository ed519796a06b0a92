package dev.herald.core.text;

import java.util.Optional;

/**
 * HTML5 made the {@code align} attribute of table cells obsolete, but GFM tables still say how
 * to align a column: it becomes a class ({@code align-right}) that pages style.
 */
final class TableAlignment {

    private TableAlignment() {
    }

    /** Whether a class is one {@link #cssClass} gives. */
    static boolean isAlignment(String name) {
        return name.startsWith("align-") && cssClass(name.substring("align-".length())).isPresent();
    }

    static Optional<String> cssClass(String align) {
        return switch (align) {
            case "left", "center", "right" -> Optional.of("align-" + align);
            default -> Optional.empty();
        };
    }
}
