package dev.herald.core.text;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns article HTML back into Markdown, but only when nothing is lost: the Markdown must render
 * to the same HTML as the original. Otherwise the HTML is kept as it is. Thread-safe.
 */
public final class HtmlToMarkdown {

    // ATX headings, and typographic characters kept as they are ("smart" quotes are text, not markup)
    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)).build();
    private final MarkdownRenderer renderer;

    public HtmlToMarkdown(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /** Markdown that renders to the same (sanitized) HTML; empty when the conversion would lose something. */
    public Optional<String> convert(String sanitizedHtml) {
        if (sanitizedHtml.isBlank()) {
            return Optional.of("");
        }
        String markdown;
        try {
            markdown = converter.convert(sanitizedHtml).strip();
        } catch (RuntimeException e) {
            // a converter failure only means this article keeps its HTML
            return Optional.empty();
        }
        String rendered = renderer.render(markdown);
        return normalized(rendered).equals(normalized(sanitizedHtml)) ? Optional.of(markdown) : Optional.empty();
    }

    /** The same markup, with white space between elements made uniform. */
    private static String normalized(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(true).indentAmount(0);
        return document.body().html().replaceAll("\\s+", " ").replace("> <", "><").strip();
    }
}
