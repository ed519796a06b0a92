package dev.herald.core.read.feed;

import dev.herald.core.model.Image;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Feeds, Herald's among them, often open their content with the lead image as a {@code figure}:
 * {@code <img>} and a {@code figcaption} with the credit in {@code <small>}. Importing takes that
 * figure out of the body and back into the article's image.
 */
final class FigureExtractor {

    /** The lead image and the rest of the content. */
    record Split(Image lead, String html) {

        /** The lead image taken out, if there was one. */
        Optional<Image> image() {
            return Optional.ofNullable(lead);
        }
    }

    private FigureExtractor() {
    }

    static Split split(String html) {
        if (!html.startsWith("<figure")) {
            return new Split(null, html);
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element figure = document.body().child(0);
        Element img = figure.selectFirst("img");
        Element caption = figure.selectFirst("figcaption");
        URI url = img == null ? null : absolute(img.attr("src"));
        String alt = img == null || img.attr("alt").isBlank() ? null : img.attr("alt");
        String credit = null;
        String captionText = null;
        if (caption != null) {
            Element small = caption.selectFirst("small, .credit");
            if (small != null) {
                credit = small.text();
                small.remove();
            }
            captionText = caption.text().isBlank() ? null : caption.text();
        }
        if (url == null && captionText == null && credit == null) {
            return new Split(null, html);
        }
        figure.remove();
        Node first = document.body().childNodeSize() > 0 ? document.body().childNode(0) : null;
        if (first instanceof org.jsoup.nodes.TextNode text && text.isBlank()) {
            text.remove();
        }
        // the caption doubles as alt text when none was given, so keep alt only when it differs
        String keptAlt = alt != null && !alt.equals(captionText) ? alt : null;
        return new Split(new Image(url, captionText, credit, keptAlt), document.body().html());
    }

    // an absolute URL, or a path on the site ("/images/x.jpg", a file of the site's own): a picture an article may show
    private static URI absolute(String src) {
        try {
            URI uri = new URI(src);
            return uri.isAbsolute() || src.startsWith("/") && !src.startsWith("//") ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
