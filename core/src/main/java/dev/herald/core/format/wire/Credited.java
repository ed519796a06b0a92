package dev.herald.core.format.wire;

import java.util.regex.Pattern;

/** A photo's caption and its credit, split; a copyright mark between them is neither's. */
record Credited(String caption, String credit) {

    /** A caption's tail before its credit: "… Oct. 5, 2024 - Copyright AP Photo/Name". */
    private static final Pattern COPYRIGHT_BEFORE_CREDIT = Pattern.compile(
            "\\s*(?:[-–—|]\\s*)?(?:Copyright|©)\\s*$");

    Credited {
        caption = COPYRIGHT_BEFORE_CREDIT.matcher(caption).replaceFirst("");
    }
}
