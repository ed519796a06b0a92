package dev.herald.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Safe article HTML made valid HTML too, so that an article page passes the Nu HTML Checker
 * whatever markup its editor pasted: a value the standard does not allow is dropped (the
 * browser's default stands), URLs are made valid ({@link BodyUrls}), an image with nothing to show
 * gives way to its alt text, a {@code <time>} with no valid date becomes its text, text-level
 * markup around paragraphs gives way to them, list items, terms and captions found outside their
 * list, term list or figure are put in one or shown as plain blocks, and rows without cells go.
 * The element's text stays in every case.
 */
final class HtmlConformance {

    /** Attributes that hold URLs in the safelist; {@link UrlPolicy} checks them. */
    static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");

    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d{1,9}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Set<String> LIST_TYPES = Set.of("1", "a", "A", "i", "I");
    private static final Set<String> SCOPES = Set.of("row", "col", "rowgroup", "colgroup");

    // elements whose content may only be phrasing (text-level) content, and those that are never
    // phrasing content; the transparent a, ins and del are what their parent allows
    private static final Set<String> PHRASING_ONLY = Set.of("b", "i", "u", "em", "strong", "span", "small", "sub", "sup",
            "cite", "code", "abbr", "q", "s", "mark", "time", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "p");
    private static final Set<String> FLOW_ONLY = Set.of("p", "div", "table", "ul", "ol", "dl", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "li", "dt", "dd");
    private static final Set<String> TRANSPARENT = Set.of("a", "ins", "del");

    private HtmlConformance() {
    }

    /** Makes the elements below {@code body} valid, each after those inside it. */
    static void apply(Element body) {
        List<Element> elements = body.getAllElements();
        for (int i = elements.size() - 1; i > 0; i--) { // the first is the body itself
            conform(elements.get(i));
        }
    }

    private static void conform(Element element) {
        for (String name : URL_ATTRIBUTES) {
            if (element.hasAttr(name)) {
                BodyUrls.valid(element.attr(name)).ifPresentOrElse(url -> element.attr(name, url),
                        () -> element.removeAttr(name));
            }
        }
        if (PHRASING_ONLY.contains(element.normalName()) && holdsFlow(element)) {
            // <b><p>…</p></b>, as pasted from word processors: the paragraphs stay, the bold goes
            element.unwrap();
            return;
        }
        switch (element.normalName()) {
            case "img" -> {
                keepIf(element, "width", NON_NEGATIVE.matcher(element.attr("width")).matches());
                keepIf(element, "height", NON_NEGATIVE.matcher(element.attr("height")).matches());
                if (element.attr("src").isEmpty()) {
                    replaceByText(element, element.attr("alt"));
                }
            }
            case "ol" -> {
                keepIf(element, "start", INTEGER.matcher(element.attr("start")).matches());
                keepIf(element, "type", LIST_TYPES.contains(element.attr("type")));
                everyChildAnItem(element);
            }
            case "td", "th" -> {
                keepIf(element, "colspan", inRange(element.attr("colspan"), 1, 1000));
                keepIf(element, "rowspan", inRange(element.attr("rowspan"), 0, 65534));
                keepIf(element, "scope", SCOPES.contains(element.attr("scope").toLowerCase(Locale.ROOT)));
            }
            case "time" -> {
                String value = element.hasAttr("datetime") ? element.attr("datetime") : element.text();
                if (!HtmlTimeValues.valid(value)) {
                    element.unwrap();
                }
            }
            case "strike" -> element.tagName("s"); // the same meaning; strike is obsolete
            case "a" -> {
                if (insideLink(element)) {
                    element.unwrap(); // a link inside a link
                }
            }
            case "ul" -> everyChildAnItem(element);
            case "dl" -> {
                if (!termsAndDefinitions(element)) {
                    element.children().stream().filter(part -> part.nameIs("dt") || part.nameIs("dd"))
                            .forEach(part -> part.tagName("div"));
                    element.unwrap();
                }
            }
            case "tr" -> {
                if (element.children().stream().noneMatch(cell -> cell.nameIs("td") || cell.nameIs("th"))) {
                    element.remove(); // a row without cells
                }
            }
            case "li" -> {
                if (!element.parent().nameIs("ul") && !element.parent().nameIs("ol")) {
                    intoList(element);
                }
            }
            case "dt", "dd" -> {
                if (!element.parent().nameIs("dl")) {
                    element.tagName("div"); // as it may hold paragraphs
                }
            }
            case "figcaption" -> {
                if (!element.parent().nameIs("figure")) {
                    element.tagName("div");
                }
            }
            case "caption" -> {
                if (element.elementSiblingIndex() > 0) {
                    element.parent().prependChild(element); // a table's caption comes first
                }
            }
            default -> {
            }
        }
    }

    private static boolean holdsFlow(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (FLOW_ONLY.contains(child.normalName()) || TRANSPARENT.contains(child.normalName()) && holdsFlow(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLink(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    // what a list holds that is no item (text, a paragraph) is put in an item of its own
    private static void everyChildAnItem(Element list) {
        for (Node child : List.copyOf(list.childNodes())) {
            boolean item = child instanceof Element element && element.nameIs("li");
            if (!item && !(child instanceof TextNode text && text.isBlank())) {
                child.wrap("<li></li>");
            }
        }
    }

    // terms and definitions only, from a term to a definition: groups of terms each followed by
    // their definitions
    private static boolean termsAndDefinitions(Element list) {
        List<Element> parts = list.children();
        boolean onlyParts = parts.stream().allMatch(part -> part.nameIs("dt") || part.nameIs("dd"))
                && list.textNodes().stream().allMatch(TextNode::isBlank);
        return onlyParts && (parts.isEmpty() || parts.get(0).nameIs("dt") && parts.get(parts.size() - 1).nameIs("dd"));
    }

    private static void keepIf(Element element, String attribute, boolean valid) {
        if (element.hasAttr(attribute) && !valid) {
            element.removeAttr(attribute);
        }
    }

    private static boolean inRange(String value, int low, int high) {
        if (!NON_NEGATIVE.matcher(value).matches()) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= low && number <= high;
    }

    private static void replaceByText(Element element, String text) {
        if (text.isBlank()) {
            element.remove();
        } else {
            element.replaceWith(new TextNode(text));
        }
    }

    // a list item without a list is put in one: the list just after it, made for the items without
    // one that follow it (the elements are made valid from the last), else a list of its own
    private static void intoList(Element item) {
        Node next = item.nextSibling();
        while (next instanceof TextNode text && text.isBlank()) {
            next = next.nextSibling();
        }
        if (next instanceof Element list && list.nameIs("ul")) {
            list.prependChild(item);
        } else {
            item.wrap("<ul></ul>");
        }
    }
}
