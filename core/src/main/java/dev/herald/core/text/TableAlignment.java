package dev.herald.core.text;

import java.util.Optional;

/**
 * HTML5 made the {@code align} attribute of table cells obsolete, but GFM tables still say how
 * to align a column: it becomes a class ({@code align-right}) that pages style.
 */
final class TableAlignment {

    private TableAlignment() {
    }

    static Optional<String> cssClass(String align) {
        return switch (align) {
            case "left", "center", "right" -> Optional.of("align-" + align);
            default -> Optional.empty();
        };
    }
}
