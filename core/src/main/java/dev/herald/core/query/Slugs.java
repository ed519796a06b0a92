package dev.herald.core.query;

import dev.herald.core.model.Tag;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * URL forms of tags and file names. A tag slug keeps Unicode letters ("Zürich" → {@code zürich});
 * an id slug is plain ASCII, because article ids are ({@code [a-z0-9][a-z0-9-]*}).
 */
public final class Slugs {

    /** Longest id a file name may give, matching the article id rule. */
    public static final int MAX_ID_LENGTH = 120;

    private Slugs() {
    }

    /**
     * The tag for a label as written, composed (NFC): "Café" typed on one system and pasted from
     * another (an "e" and a combining accent, as macOS names files) is one label, not two that look
     * alike. Its slug may be empty, which callers report as a problem.
     */
    public static Optional<Tag> tag(String label) {
        String composed = Normalizer.normalize(label.strip(), Normalizer.Form.NFC);
        String slug = tagSlug(composed);
        return slug.isEmpty() ? Optional.empty() : Optional.of(new Tag(composed, slug));
    }

    /**
     * The slug of a tag label: lower case, letters and digits of any script kept, {@code +} said
     * as "plus" and a {@code #} after a letter or digit as "sharp" (so "C", "C++" and "C#" stay
     * three tags: {@code c}, {@code c-plus-plus}, {@code c-sharp}), every run of other characters
     * turned into one {@code -}, no dash at either end. Empty if the label has no letter or digit.
     */
    public static String tagSlug(String label) {
        String normalized = Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return dashed(spelledSymbols(normalized), false);
    }

    // the symbols that make programming languages' names differ: C, C++, C#, F#
    private static String spelledSymbols(String label) {
        if (label.indexOf('+') < 0 && label.indexOf('#') < 0) {
            return label;
        }
        StringBuilder out = new StringBuilder(label.length() + 16);
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '+') {
                out.append(" plus ");
            } else if (c == '#' && i > 0 && Character.isLetterOrDigit(label.charAt(i - 1))) {
                out.append(" sharp ");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The id slug of a name such as a file name or a title: like {@link #tagSlug} but accents
     * removed and only ASCII letters and digits kept, at most {@link #MAX_ID_LENGTH} characters.
     * Empty if nothing is left.
     */
    public static String idSlug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = dashed(decomposed, true);
        if (slug.length() > MAX_ID_LENGTH) {
            slug = slug.substring(0, MAX_ID_LENGTH);
            while (slug.endsWith("-")) {
                slug = slug.substring(0, slug.length() - 1);
            }
        }
        return slug;
    }

    private static String dashed(String text, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingDash = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean keep = asciiOnly
                    ? (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9')
                    : Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
            if (!keep) {
                pendingDash = out.length() > 0;
                continue;
            }
            if (pendingDash) {
                out.append('-');
                pendingDash = false;
            }
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }
}
