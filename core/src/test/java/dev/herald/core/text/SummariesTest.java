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

    @Test
    void takesTheFirstBlockOfTextFromABodyWithoutParagraphs() {
        assertEquals("Example Atom", Summaries.fromHtml("Example <b>Atom</b>"));
        assertEquals("First line, same paragraph.", Summaries.fromHtml("First line,<br>same paragraph.<br> <br>Second paragraph."));
        assertEquals("In a div.", Summaries.fromHtml("<h3>Heading</h3><div><figure><figcaption>Caption</figcaption></figure>"
                + "<div>In <i>a</i> div.</div><div>Next div.</div></div>"));
        assertEquals("Loose text", Summaries.fromHtml("Loose text<ul><li>Item</li></ul>"));
        assertEquals("Item one", Summaries.fromHtml("<ul><li>Item one</li><li>Item two</li></ul>"));
        // a code listing is no prose
        assertEquals("What the script does", Summaries.fromHtml("<pre><code>&lt;script&gt;run()&lt;/script&gt;</code></pre>"
                + "<div>What the script does</div>"));
    }

    @Test
    void keepsPlainTextLineBreaksAsSpaces() {
        assertEquals("Two lines of one paragraph", Summaries.fromHtml("Two lines\n\nof one paragraph"));
    }

    @Test
    void prefersAParagraphToLooseText() {
        assertEquals("A paragraph.", Summaries.fromHtml("<div>Loose</div><p>A paragraph.</p>"));
    }

    @Test
    void cutsTheFirstBlockOfTextToo() {
        String summary = Summaries.fromHtml("word ".repeat(200) + "<br><br>next");
        assertTrue(summary.endsWith("word…") && summary.length() <= Summaries.MAX_LENGTH + 1, summary);
    }
}
