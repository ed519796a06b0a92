package dev.herald.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The attribute values of safe article HTML made ones the HTML standard allows: URLs made valid
 * ({@link BodyUrls}; one whose host is no host goes), an image's required alt text (empty, for
 * decoration, where none was given), and a number or keyword the standard does not allow
 * ({@code width="80px"}, {@code colspan="0"}, {@code <ol type="x">}) dropped, so that the
 * browser's default stands.
 */
final class HtmlAttributeValues {

    /** Attributes that hold URLs in the safelist; {@link UrlPolicy} checks them. */
    static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");

    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d{1,9}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Set<String> LIST_TYPES = Set.of("1", "a", "A", "i", "I");
    private static final Set<String> SCOPES = Set.of("row", "col", "rowgroup", "colgroup");

    private HtmlAttributeValues() {
    }

    static void conform(Element element) {
        for (String name : URL_ATTRIBUTES) {
            if (element.hasAttr(name)) {
                BodyUrls.valid(element.attr(name)).ifPresentOrElse(url -> element.attr(name, url),
                        () -> element.removeAttr(name));
            }
        }
        switch (element.normalName()) {
            case "img" -> {
                keepIf(element, "width", NON_NEGATIVE.matcher(element.attr("width")).matches());
                keepIf(element, "height", NON_NEGATIVE.matcher(element.attr("height")).matches());
                if (!element.hasAttr("alt")) {
                    element.attr("alt", ""); // required; empty marks the image as decoration
                }
            }
            case "ol" -> {
                keepIf(element, "start", INTEGER.matcher(element.attr("start")).matches());
                keepIf(element, "type", LIST_TYPES.contains(element.attr("type")));
            }
            case "td", "th" -> {
                keepIf(element, "colspan", inRange(element.attr("colspan"), 1, 1000));
                keepIf(element, "rowspan", inRange(element.attr("rowspan"), 0, 65534));
                keepIf(element, "scope", SCOPES.contains(element.attr("scope").toLowerCase(Locale.ROOT)));
            }
            default -> {
            }
        }
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
}
