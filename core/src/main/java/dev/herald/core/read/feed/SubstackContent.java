package dev.herald.core.read.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Substack post's body as a Herald article shows it: without the calls to subscribe, share or
 * comment that Substack's editor puts in a post (a sign-up form, "Subscribe now", "Share" and
 * "Leave a comment" buttons), which on another site would send readers to the old one. A button
 * that leads elsewhere (to a report, an event) stays, as a link.
 */
final class SubstackContent {

    private SubstackContent() {
    }

    /** The body without Substack's sign-up widgets and its subscribe, share and comment buttons; null for none. */
    static String shown(String html) {
        if (html == null || !html.contains("subscription-widget") && !html.contains("button-wrapper")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.body().select("[class~=^subscription-widget], [data-component-name=SubscribeWidgetToDOM]").remove();
        for (Element button : document.body().select("p.button-wrapper, div.button-wrapper")) {
            Element link = button.selectFirst("a[href]");
            if (link == null || isSubscribeOrShare(link.attr("href"))) {
                button.remove();
            }
        }
        return document.body().html();
    }

    // https://news.substack.com/subscribe?, …/p/story?utm_source=substack&utm_medium=email&action=share,
    // …/p/story/comments ("Leave a comment"), and the placeholders Substack fills in when it sends the email
    private static boolean isSubscribeOrShare(String href) {
        return href.contains("/subscribe") || href.contains("action=share") || href.endsWith("/comments")
                || href.contains("%%share_pub_url%%") || href.contains("%%checkout_url%%");
    }
}
