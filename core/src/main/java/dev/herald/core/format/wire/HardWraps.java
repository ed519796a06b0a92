package dev.herald.core.format.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;

/**
 * Wire copy wrapped at a fixed width, as agencies' plain-text services and e-mail send it: every
 * paragraph broken over lines of some 60 to 80 characters. Its lines are joined back into their
 * paragraphs, so that a break inside a sentence makes no heading. A text counts as wrapped when
 * its lines break inside sentences (a line of 30 characters or more ending in no closing
 * punctuation, another right under it) twice or more, and few of its lines (a URL's) are wider
 * than a wrap: a page pasted a paragraph a line has most of its lines wider.
 * A line joins the one before when that one runs on (is nearly as long as the widest such line,
 * or ends mid-sentence before a lower-case start) and is no heading (short, in capitals, after a
 * sentence's end, without closing punctuation); never across a blank line, onto the headline (or
 * a caption above it), where the parser keeps lines apart (a caption, a byline, a list item's or
 * a sign-off's start), nor when it is indented as a paragraph's first line is (deeper than the
 * text, or than a list item's words).
 */
final class HardWraps {

    /** Punctuation that may end a paragraph's last line. */
    private static final String CLOSING = ".!?:;\"”’…)]" + SentenceMarks.OTHER_SCRIPTS;

    /** Lines wider than this are a paragraph each, as pages are pasted; a wrapped text is narrower. */
    private static final int MAX_WRAP_WIDTH = 100;

    /** A line this much of the wrapping width (or more) runs on into the next. */
    private static final double FULL = 0.6;

    /** Lines shorter than this that end in no punctuation may be headings, not broken sentences. */
    private static final int MIN_BROKEN_LINE = 30;

    /** A text with more of its lines wider than a wrap is a page pasted a paragraph a line. */
    private static final double MAX_WIDE_SHARE = 0.1;

    /** Lines that break inside a sentence before a text is taken for wrapped. */
    private static final int MIN_BREAKS = 2;

    private HardWraps() {
    }

    /**
     * The lines with wrapped paragraphs joined, each numbered by its first line; the lines as
     * they are when the text is not wrapped.
     *
     * @param headlineAt the headline's index (after a caption, 1): it and the lines before it stand alone
     * @param keptApart  whether a line and the next are never one paragraph
     */
    static List<NumberedLine> unwrap(List<NumberedLine> lines, int headlineAt,
            BiPredicate<String, String> keptApart) {
        int width = 0;
        int breaks = 0;
        int wide = 0;
        int margin = Integer.MAX_VALUE;
        for (int at = 0; at < lines.size(); at++) {
            margin = Math.min(margin, lines.get(at).indent());
            wide += lines.get(at).text().length() > MAX_WRAP_WIDTH ? 1 : 0;
            // the lines under the headline tell; a caption or a byline is no broken sentence
            if (at > headlineAt + 1 && looksBroken(lines.get(at - 1), lines.get(at))
                    && !keptApart.test(lines.get(at - 1).text(), lines.get(at).text())) {
                breaks++;
                width = Math.max(width, lines.get(at - 1).text().length());
            }
        }
        if (breaks < MIN_BREAKS || wide > Math.max(1, lines.size() * MAX_WIDE_SHARE)) {
            return lines;
        }
        List<NumberedLine> joined = new ArrayList<>();
        NumberedLine paragraph = lines.get(0);
        NumberedLine previous = paragraph;
        for (int at = 1; at < lines.size(); at++) {
            NumberedLine line = lines.get(at);
            boolean continues = at > headlineAt + 1 && runsOn(previous, line, width)
                    && line.indent() <= wordsStart(paragraph, margin) && !keptApart.test(previous.text(), line.text());
            if (continues) {
                String text = paragraph.text() + " " + line.text();
                paragraph = new NumberedLine(text, paragraph.number(), paragraph.indent());
            } else {
                joined.add(paragraph);
                paragraph = line;
            }
            previous = line;
        }
        joined.add(paragraph);
        return joined;
    }

    // how far a paragraph's next lines may be indented: to the words of a list item, else the text's margin
    private static int wordsStart(NumberedLine paragraph, int margin) {
        Matcher item = ListItems.BULLET.matcher(paragraph.text());
        return item.matches() ? paragraph.indent() + item.start(1) : margin;
    }

    // a line of some length that ends in no closing punctuation, the next line right under it: a
    // sentence broken by the wrap, or a long heading
    private static boolean looksBroken(NumberedLine line, NumberedLine next) {
        int length = line.text().length();
        return next.number() == line.number() + 1 && length >= MIN_BROKEN_LINE && length <= MAX_WRAP_WIDTH
                && !endsASentence(line);
    }

    // a sentence that surely goes on: its next words start in lower case on the next line
    private static boolean runsIntoLowerCase(NumberedLine line, NumberedLine next) {
        String text = line.text();
        return next.number() == line.number() + 1 && text.length() <= MAX_WRAP_WIDTH && !endsASentence(line)
                && Character.isLowerCase(next.text().charAt(0));
    }

    private static boolean runsOn(NumberedLine line, NumberedLine next, int width) {
        if (next.number() != line.number() + 1) {
            return false;
        }
        if (runsIntoLowerCase(line, next)) {
            return true;
        }
        return line.text().length() >= FULL * width && !(endsASentence(line) && isHeading(next, width));
    }

    // a short line in capitals without closing punctuation after a sentence's end heads a section
    private static boolean isHeading(NumberedLine line, int width) {
        String text = line.text();
        return text.length() < FULL * width && Character.isUpperCase(text.charAt(0)) && !endsASentence(line);
    }

    private static boolean endsASentence(NumberedLine line) {
        String text = line.text();
        return CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
