package dev.herald.core.format.wire;

import java.util.regex.Pattern;

/** How wire copy writes a list: a line per item. */
final class ListItems {

    /**
     * A line of a bulleted list, as pages show one: a bullet or a hyphen, a space, the item (group
     * 1). Not a dash, which opens a line of speech in some languages.
     */
    static final Pattern BULLET = Pattern.compile("[•·▪●◦*\\-]\\s+(\\S.*)");

    private ListItems() {
    }
}
