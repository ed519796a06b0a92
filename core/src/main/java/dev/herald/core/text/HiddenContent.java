package dev.herald.core.text;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an HTML body hides from its readers, taken out before the sanitizer drops the styles and
 * attributes that hid it: an element marked {@code hidden}, one whose inline style says
 * {@code display: none} or {@code visibility: hidden} (a newsletter's preview text for the
 * inbox, a tracking block), and a {@code template}'s content. Kept, such text would show on
 * pages and in readers, and open the summary.
 */
final class HiddenContent {

    private static final Pattern HIDING_STYLE = Pattern.compile("(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:"
            + "\\s*hidden)\\s*(?:!\\s*important\\s*)?(?:;|$)");

    private HiddenContent() {
    }

    /** Removes from {@code body} what it hides; whether it removed anything. */
    static boolean removeFrom(Element body) {
        boolean removed = false;
        for (Element element : body.select("[hidden], [style], template")) {
            if (element.parent() != null && isHidden(element)) {
                element.remove();
                removed = true;
            }
        }
        return removed;
    }

    private static boolean isHidden(Element element) {
        if (element.nameIs("template")) {
            return true;
        }
        // hidden="until-found" is text a reader finds by searching the page: it is read
        if (element.hasAttr("hidden") && !element.attr("hidden").equalsIgnoreCase("until-found")) {
            return true;
        }
        return HIDING_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
    }
}
