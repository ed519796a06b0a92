package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Looks for markup a browser or feed reader would run in pages and in the HTML that feeds carry:
 * scripts and other active elements, event handlers, inline styles, and URLs of a scheme that runs
 * or smuggles content ({@code javascript:}, {@code data:}, …), however they are spelled. Text that a
 * reader shows as text (an Atom summary of type {@code text}, a JSON Feed's {@code summary}) may say
 * anything.
 */
final class ExecutableMarkup {

    private static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "form", "input", "button", "textarea", "select", "base", "svg", "math", "style", "template", "noscript",
            "portal", "xml");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background", "cite", "longdesc", "srcset", "ping", "codebase", "dynsrc", "lowsrc");
    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?:.*|mailto:.*|tel:.*|[^:]*|[^:/?#]*[/?#].*)");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x20\\x7f]");
    /** RSS elements that readers show as HTML, whatever they hold. */
    private static final Set<String> RSS_HTML = Set.of("description", "content:encoded");
    /** Atom's text constructs: HTML only when their type says so; plain text (the default) shows as written. */
    private static final Set<String> ATOM_TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "content", "rights");

    private ExecutableMarkup() {
    }

    /** Fails naming each file and what runs in it; HTML pages are read whole, feeds by the HTML of their items. */
    static void noneIn(List<Path> files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".html")) {
                found(file, Jsoup.parse(text), found);
            } else if (name.endsWith(".json")) {
                for (JsonNode item : new ObjectMapper().readTree(text).path("items")) {
                    found(file, Jsoup.parseBodyFragment(item.path("content_html").asText("")), found);
                }
            } else {
                for (Element element : Jsoup.parse(text, "", Parser.xmlParser()).getAllElements()) {
                    String html = htmlOf(element);
                    if (html != null) {
                        found(file, Jsoup.parseBodyFragment(html), found);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "markup that would run");
    }

    /** The HTML a feed reader makes of a feed's element, or null when it shows the element as text or not at all. */
    private static String htmlOf(Element element) {
        String name = element.tagName();
        if (RSS_HTML.contains(name)) {
            return element.wholeText();
        }
        if (ATOM_TEXT_CONSTRUCTS.contains(name)) {
            return switch (element.attr("type")) {
                case "html" -> element.wholeText();
                case "xhtml" -> element.html();
                default -> null;
            };
        }
        return null;
    }

    private static void found(Path file, Document document, List<String> found) {
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            boolean inHead = element.parents().stream().anyMatch(parent -> parent.nameIs("head"));
            if (ACTIVE.contains(tag) || tag.equals("meta") && element.hasAttr("http-equiv")
                    || tag.equals("link") && !inHead) {
                found.add(file + ": <" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = CONTROLS.matcher(attribute.getValue()).replaceAll("");
                if (key.startsWith("on") || key.equals("style") || key.equals("formaction")
                        || URL_ATTRIBUTES.contains(key) && !SAFE_URL.matcher(value).matches()) {
                    found.add(file + ": <" + tag + " " + key + "=\"" + attribute.getValue() + "\">");
                }
            }
        }
    }
}
