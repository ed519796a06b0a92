package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void takesTheFirstNonEmptyParagraph() {
        assertEquals("First words.", Summaries.fromHtml("<h2>Head</h2><p> </p><p>First <em>words</em>.</p><p>Second.</p>"));
    }

    @Test
    void cutsLongTextAtAWordNear300Characters() {
        String text = "word ".repeat(100).strip();
        String summary = Summaries.cut(text);
        assertTrue(summary.length() <= Summaries.MAX_LENGTH + 1, summary);
        assertTrue(summary.endsWith("word…"), summary);
    }

    @Test
    void leavesShortTextAlone() {
        assertEquals("Short.", Summaries.cut("Short."));
    }

    @Test
    void givesEmptyTextWithoutParagraphs() {
        assertEquals("", Summaries.fromHtml("<h2>Only a heading</h2>"));
    }
}
