package dev.herald.core.format.wire;

/**
 * What a line's shape says of it in copy pasted from a page: a headline, a heading, a sentence's
 * end, a paragraph where a headline would be.
 */
final class LineShapes {

    /** Headlines are short: at most this many words. */
    private static final int MAX_HEADLINE_WORDS = 25;

    /** Headings are short: at most this many words. */
    private static final int MAX_HEADING_WORDS = 12;

    /** Punctuation that closes a sentence (or a quotation) and so marks a paragraph. */
    private static final String CLOSING_PUNCTUATION = ".!?:;,…\"”’')]" + SentenceMarks.OTHER_SCRIPTS + "：；，";

    private LineShapes() {
    }

    /** A headline: a line of words that ends without a full stop. */
    static boolean isHeadline(String line) {
        return !line.endsWith(".") && !line.endsWith("。") && line.split("\\s+").length <= MAX_HEADLINE_WORDS;
    }

    /** A section heading: a few words without closing punctuation. */
    static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        return CLOSING_PUNCTUATION.indexOf(last) < 0 && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    static boolean endsASentence(String line) {
        return (".!?\"”’…" + SentenceMarks.OTHER_SCRIPTS).indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** A story's first paragraph where a headline would be: longer than any, or a long sentence. */
    static boolean isParagraph(String line) {
        int words = line.split("\\s+").length;
        return words > MAX_HEADLINE_WORDS || endsASentence(line) && words > MAX_HEADING_WORDS;
    }
}
