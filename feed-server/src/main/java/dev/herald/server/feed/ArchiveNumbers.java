package dev.herald.server.feed;

import java.util.Optional;

/** The page number in a path such as {@code /archives/12/feed.xml} or {@code /page/12/}. */
public final class ArchiveNumbers {

    private ArchiveNumbers() {
    }

    /** A positive whole number written plainly (no sign, no leading zero); empty for anything else. */
    public static Optional<Integer> parse(String text) {
        if (text.isEmpty() || text.length() > 9 || text.charAt(0) == '0' || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
