package dev.herald.core.format.wire;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The parts of a wire-copy text: photo caption and credit, headline, and body blocks.
 *
 * @param caption    lead image caption without its credit, or null if the text has none
 * @param credit     photo credit such as {@code REUTERS/Name/File Photo}, or null
 * @param title      headline
 * @param titleLine  1-based line of the headline
 * @param authors    the writers a byline under the headline names, possibly none
 * @param blocks     body paragraphs, section headings and list items in order; the first paragraph is the lede
 * @param notes      what was left out of the text as the page's furniture, to warn of
 * @param embargo    the release line that holds the story until a time ("EMBARGOED UNTIL …"), or null
 */
record WireCopy(String caption, String credit, String title, int titleLine, List<String> authors,
        List<Block> blocks, List<Note> notes, NumberedLine embargo) {

    /** A list's lead-in without a colon is short: at most this many words ("Summary", "What we know"). */
    private static final int LEAD_IN_WORDS = 4;

    /** The label of a box of key points a page sets over or under its headline: "In short:", "Key Points". */
    static final Pattern KEY_POINTS = Pattern.compile(
            "(?i)(?:in short|key points|at a glance|the short version|what you need to know)\\s*:?");

    WireCopy {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** Something to warn of, on a line of the text. */
    record Note(int line, String message) {

        /** "line" or "3 lines", as a note counts the lines it left out. */
        static String lines(int count) {
            return count == 1 ? "line" : count + " lines";
        }
    }

    /**
     * One block of body text: a paragraph, a section heading, an item of a bulleted list, the
     * agency's sign-off ("Reporting by …"), a paragraph that names people, not the story's subjects,
     * or the caption of a photo further down (its credit apart, or null).
     */
    record Block(String text, Kind kind, String credit) {

        Block(String text, Kind kind) {
            this(text, kind, null);
        }

        enum Kind { PARAGRAPH, HEADING, ITEM, SIGN_OFF, CAPTION }
    }

    /** The first paragraph, the summary of wire copy; "" if there is none. */
    String lede() {
        for (int at = 0; at < blocks.size(); at++) {
            Block block = blocks.get(at);
            boolean overAList = at + 1 < blocks.size() && blocks.get(at + 1).kind() == Block.Kind.ITEM;
            // "Key points:", "Key Points" or "Summary" over a list leads into it and tells nothing of the story
            boolean leadIn = block.text().endsWith(":") || KEY_POINTS.matcher(block.text()).matches()
                    || overAList && block.text().split("\\s+").length <= LEAD_IN_WORDS;
            if (block.kind() == Block.Kind.PARAGRAPH && !leadIn) {
                return block.text();
            }
        }
        return "";
    }
}
