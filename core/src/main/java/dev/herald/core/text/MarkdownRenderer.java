package dev.herald.core.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GitHub's tables, strikethrough and autolinks, rendered to safe HTML. Markdown
 * without raw HTML is safe as commonmark renders it, once unsafe URLs are dropped and the others
 * made valid ({@link BodyUrls}): it escapes all text. Markdown with raw HTML, or with an image that
 * has nothing to show, goes through the {@link HtmlSanitizer} like any other HTML. Thread-safe.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .attributeProviderFactory(context -> new SafeAttributes())
            .build();
    private final HtmlSanitizer sanitizer;

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** Safe HTML for the Markdown text; "" for null or blank text. */
    public String render(String markdown) {
        return renderNoting(markdown).html();
    }

    /** Safe HTML for the Markdown text, with a note on what its raw HTML embedded that is left out. */
    public HtmlSanitizer.Sanitized renderNoting(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new HtmlSanitizer.Sanitized("", "");
        }
        Node document = parser.parse(markdown);
        String html = renderer.render(document);
        // entities such as &#1; decode to characters XML forbids
        return needsSanitizing(document) ? sanitizer.clean(html) : new HtmlSanitizer.Sanitized(XmlChars.strip(html), "");
    }

    private static boolean needsSanitizing(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }

            @Override
            public void visit(Image image) {
                // an img without a src is invalid HTML: the sanitizer puts its alt text instead
                found[0] |= validUrl(image.getDestination()).isEmpty();
                visitChildren(image);
            }
        });
        return found[0];
    }

    private static Optional<String> validUrl(String url) {
        return url.isBlank() || !UrlPolicy.isSafe(url) ? Optional.empty() : BodyUrls.valid(url);
    }

    /** Drops unsafe link and image URLs, makes the others valid, and turns table alignment into a class. */
    private static final class SafeAttributes implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            for (String name : List.of("href", "src")) {
                String url = attributes.get(name);
                if (url != null) {
                    validUrl(url).ifPresentOrElse(valid -> attributes.put(name, valid), () -> attributes.remove(name));
                }
            }
            String align = attributes.remove("align");
            if (align != null) {
                TableAlignment.cssClass(align).ifPresent(css -> attributes.put("class", css));
            }
        }
    }
}
