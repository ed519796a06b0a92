package dev.herald.core.read.feed;

import org.jsoup.nodes.Element;

/**
 * A Medium post's body as a Herald article shows it: without the title and subtitle Medium repeats
 * as its first headings, without the rule Medium draws before its first section, and without the
 * sections, columns and placeholders Medium wraps paragraphs and pictures in, so that a leading
 * picture is seen as the lead image. Later section breaks stay, as rules.
 */
final class MediumContent {

    private MediumContent() {
    }

    /** The HTML of the body element, as shown. */
    static String shown(Element body, String title, String subtitle) {
        Element copy = body.clone();
        Element firstSection = copy.selectFirst("section.section");
        Element divider = firstSection == null ? null : firstSection.firstElementChild();
        if (divider != null && divider.hasClass("section-divider")) {
            divider.remove();
        }
        Element heading = copy.selectFirst("h1, h2, h3, h4, blockquote");
        if (heading != null && same(heading.text(), title)) {
            heading.remove();
        }
        copy.select(".graf--subtitle").stream().filter(repeated -> same(repeated.text(), subtitle))
                .forEach(Element::remove);
        copy.select("div.aspectRatioPlaceholder-fill").remove(); // an empty box that holds a picture's place
        copy.select("section.section, div.section-content, div.section-inner, div.section-divider,"
                + " div.aspectRatioPlaceholder").forEach(Element::unwrap);
        return copy.html().strip();
    }

    /** Whether the body is one paragraph without a heading or picture, as a response to a story is. */
    static boolean isOneParagraph(Element body) {
        return body.select("p").size() <= 1 && body.select("h1, h2, h3, h4, img, figure, blockquote, pre, ul, ol")
                .isEmpty();
    }

    // the same words, whatever the spaces and quotation marks
    private static boolean same(String shown, String given) {
        return given != null && words(shown).equals(words(given));
    }

    private static String words(String text) {
        return text.replaceAll("[\\u2018\\u2019\\u201C\\u201D'\"]", "").replaceAll("\\s+", " ").strip();
    }
}
