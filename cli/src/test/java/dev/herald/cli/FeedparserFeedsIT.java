package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * feedparser's test feeds (BSD; in the test resources with their licence), imported and published
 * again ({@link ImportedFeedSuite}): among them 745 cases of hostile HTML, none of which may run in
 * a page or a feed. Each is imported as from the URL feedparser's own tests serve it from, so that
 * links relative to the document resolve as they expect.
 */
class FeedparserFeedsIT extends ImportedFeedSuite {

    private static final Path SUITE = Path.of("src/test/resources/feedparser-tests");

    private static final String DOCUMENT_URL = "http://127.0.0.1:8097/";

    FeedparserFeedsIT() {
        super(SUITE, "the test resources of the cli module", 400);
    }

    @Override
    boolean isFeed(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") || name.endsWith(".json");
    }

    @Override
    String source(Path feed) {
        return DOCUMENT_URL + SUITE.relativize(feed).toString().replace('\\', '/');
    }

    @Test
    void anEntryWithContentAloneGetsItsTitleAndSummaryFromIt() {
        Article article = onlyArticleOf("wellformed/atom10/entry_content_inline_markup.xml");
        assertEquals("Example Atom", article.title());
        assertEquals("Example Atom", article.summary());
        assertEquals("<div>Example <b>Atom</b></div>", article.contentHtml());
        assertEquals("Example Atom", onlyArticleOf("wellformed/atom10/entry_content_text_plain.xml").title());
    }

    @Test
    void linksRelativeToTheDocumentAreMadeAbsolute() {
        assertEquals("<a href=\"http://127.0.0.1:8097/relative/uri\">click here</a>",
                onlyArticleOf("wellformed/base/http_item_content_encoded_base_docuri.xml").contentHtml());
        assertTrue(onlyArticleOf("wellformed/base/entry_content_xml_base.xml").contentHtml()
                .contains("href=\"http://example.com/test/test.html\""));
    }

    @Test
    void contentThatIsNoTextIsNotReadAsProse() {
        // base64 of application/octet-stream, and no title: nothing to make an article of
        assertFalse(imported.containsKey("wellformed/atom10/entry_content_base64.xml"));
    }

    @Test
    void hostileMarkupLeavesItsTextAndNothingThatRuns() {
        String html = onlyArticleOf("wellformed/sanitize/entry_content_crazy.xml").contentHtml();
        assertTrue(html.contains("<h1>Did The Javascript Execute?</h1>"), html);
        assertTrue(html.contains("I will execute here, too, if you mouse over me"), html);
        assertFalse(html.contains("<script") || html.contains("onmouseover") || html.contains("onload"), html);
    }
}
