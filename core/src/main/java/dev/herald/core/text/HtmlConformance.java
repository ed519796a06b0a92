package dev.herald.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Safe article HTML made valid HTML too, so that an article page passes the Nu HTML Checker
 * whatever markup its editor pasted: attribute values as the standard allows them ({@link
 * HtmlAttributeValues}), an image with nothing to show gives way to its alt text, a {@code <time>}
 * with no valid date becomes its text, text-level markup around paragraphs gives way to them, a
 * link inside a link to its text, list items, terms and captions found outside their list, term
 * list or figure are put in one or shown as plain blocks, what a list holds that is no item is
 * put in one, rows without cells go, tables are laid out as HTML wants them ({@link HtmlTables}) and
 * a figure has one caption, at an end. Every word stays.
 *
 * <p>The elements are mended from the innermost out, and each element's children are laid out
 * again at most once, so that the work grows with the markup's size however it is nested or
 * repeated (a body of a million unclosed items takes a second, not a day).
 */
final class HtmlConformance {

    // elements whose content may only be phrasing (text-level) content, and those that are never
    // phrasing content; the transparent a, ins and del are what their parent allows
    private static final Set<String> PHRASING_ONLY = Set.of("b", "i", "u", "em", "strong", "span", "small", "sub", "sup",
            "cite", "code", "abbr", "q", "s", "mark", "time", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "p");
    private static final Set<String> FLOW_ONLY = Set.of("p", "div", "table", "ul", "ol", "dl", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "li", "dt", "dd");
    private static final Set<String> TRANSPARENT = Set.of("a", "ins", "del");

    /** What takes an element's place among its parent's children, for those that do not stay. */
    private final Map<Element, List<Node>> replaced = new IdentityHashMap<>();
    /** Elements whose children went to their parent: to be detached from them before they move. */
    private final Set<Element> unwrapped = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> insideLink = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> transparentHoldingFlow = Collections.newSetFromMap(new IdentityHashMap<>());

    private HtmlConformance() {
    }

    static void apply(Element body) {
        new HtmlConformance().mend(body);
    }

    private void mend(Element body) {
        List<Element> elements = body.getAllElements(); // each before those inside it
        for (Element element : elements) {
            if (element != body && (element.parent().nameIs("a") || insideLink.contains(element.parent()))) {
                insideLink.add(element);
            }
        }
        for (int i = elements.size() - 1; i >= 0; i--) {
            Element element = elements.get(i);
            layOutChildren(element);
            if (element != body) {
                HtmlAttributeValues.conform(element);
                conform(element);
            }
        }
    }

    // the element's children with what replaced them, grouped into lists where they need one
    private void layOutChildren(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodeSize());
        boolean changed = false;
        for (Node child : parent.childNodes()) {
            List<Node> replacement = child instanceof Element element ? replaced.remove(element) : null;
            if (replacement == null) {
                children.add(child);
            } else {
                children.addAll(replacement);
                changed = true;
            }
        }
        boolean list = parent.nameIs("ul") || parent.nameIs("ol");
        changed |= list ? children.stream().anyMatch(node -> !isItem(node) && !isBlank(node))
                : children.stream().anyMatch(HtmlConformance::isItem);
        if (!changed) {
            return;
        }
        // detached first (each in one pass), so that moving a node costs no search of its old parent
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && unwrapped.remove(element)) {
                element.empty();
            }
        }
        parent.empty();
        parent.appendChildren(list ? everyChildAnItem(children) : orphanItemsListed(children));
    }

    private void conform(Element element) {
        switch (element.normalName()) {
            case "img" -> {
                if (element.attr("src").isEmpty()) {
                    String alt = element.attr("alt");
                    replaced.put(element, alt.isBlank() ? List.of() : List.of(new TextNode(alt)));
                }
            }
            case "time" -> {
                // without a datetime, the text is the value, and the element may hold no other
                String value = element.hasAttr("datetime") ? element.attr("datetime")
                        : element.childrenSize() == 0 ? element.text() : null;
                if (value == null || !HtmlTimeValues.valid(value)) {
                    unwrap(element);
                }
            }
            case "a" -> {
                if (insideLink.contains(element)) {
                    unwrap(element); // a link inside a link
                }
            }
            case "dl" -> {
                if (!termsAndDefinitions(element)) {
                    element.children().stream().filter(part -> part.nameIs("dt") || part.nameIs("dd"))
                            .forEach(part -> part.tagName("div"));
                    unwrap(element);
                }
            }
            case "tr" -> {
                if (element.children().stream().noneMatch(cell -> cell.nameIs("td") || cell.nameIs("th"))) {
                    replaced.put(element, List.of()); // a row without cells
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
            case "strike" -> element.tagName("s"); // the same meaning; strike is obsolete
            case "table" -> {
                List<Node> after = HtmlTables.mend(element);
                if (!after.isEmpty()) {
                    List<Node> tableAndAfter = new ArrayList<>(after.size() + 1);
                    tableAndAfter.add(element);
                    tableAndAfter.addAll(after);
                    replaced.put(element, tableAndAfter);
                    return;
                }
            }
            case "figure" -> oneCaptionAtAnEnd(element);
            default -> {
            }
        }
        if (replaced.containsKey(element)) {
            return;
        }
        boolean holdsFlow = holdsFlow(element);
        if (PHRASING_ONLY.contains(element.normalName()) && holdsFlow) {
            // <b><p>…</p></b>, as pasted from word processors: the paragraphs stay, the bold goes
            unwrap(element);
        } else if (TRANSPARENT.contains(element.normalName()) && holdsFlow) {
            transparentHoldingFlow.add(element);
        }
    }

    private void unwrap(Element element) {
        replaced.put(element, List.copyOf(element.childNodes()));
        unwrapped.add(element);
    }

    private boolean holdsFlow(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (FLOW_ONLY.contains(child.normalName()) || transparentHoldingFlow.contains(child)) {
                return true;
            }
        }
        return false;
    }

    // what a list holds that is no item (text, a paragraph) is put in an item of its own
    private static List<Node> everyChildAnItem(List<Node> children) {
        List<Node> items = new ArrayList<>(children.size());
        for (Node child : children) {
            if (isItem(child) || isBlank(child)) {
                items.add(child);
            } else {
                Element item = new Element("li");
                item.appendChild(child);
                items.add(item);
            }
        }
        return items;
    }

    // list items without a list, one after another (white space between), are put in one
    private static List<Node> orphanItemsListed(List<Node> children) {
        List<Node> laidOut = new ArrayList<>(children.size());
        Element list = null;
        List<Node> spaceAfterItem = new ArrayList<>();
        for (Node child : children) {
            if (isItem(child)) {
                if (list == null) {
                    list = new Element("ul");
                    laidOut.add(list);
                } else {
                    list.appendChildren(spaceAfterItem);
                }
                spaceAfterItem.clear();
                list.appendChild(child);
            } else if (list != null && isBlank(child)) {
                spaceAfterItem.add(child);
            } else {
                laidOut.addAll(spaceAfterItem);
                spaceAfterItem.clear();
                list = null;
                laidOut.add(child);
            }
        }
        laidOut.addAll(spaceAfterItem);
        return laidOut;
    }

    // a figure's caption is its first or last part, and it has one: the others are plain blocks
    private static void oneCaptionAtAnEnd(Element figure) {
        Element caption = null;
        for (Element part : figure.children()) {
            if (part.nameIs("figcaption")) {
                if (caption == null) {
                    caption = part;
                } else {
                    part.tagName("div");
                }
            }
        }
        if (caption != null && caption != figure.firstElementChild() && caption != figure.lastElementChild()) {
            figure.appendChild(caption);
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

    private static boolean isItem(Node node) {
        return node instanceof Element element && element.nameIs("li");
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }
}
