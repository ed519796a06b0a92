package dev.herald.core.read.feed;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links a Ghost export's posts make to the Ghost site ({@code __GHOST_URL__/…}), as links on the
 * Herald site: to another post of the export its article's page ({@code /articles/{id}}, whatever
 * permalink the Ghost site had: the post is found by its slug, the last segment), to a tag's page
 * its tag's ({@code /tags/{slug}/}), and to anything else (an image under
 * {@code /content/images/}) the same path, for the site's own files to hold.
 *
 * @param posts the ids of the export's posts, by their Ghost slugs
 * @param tags  the Herald slugs of the export's tags, by their Ghost slugs
 */
record GhostLinks(Map<String, String> posts, Map<String, String> tags) {

    /** The HTML with the links to the Ghost site made links on the Herald site. */
    String onHerald(String html) {
        if (html == null || !html.contains(GhostExport.SITE_URL)) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element link : document.body().select("a[href^=" + GhostExport.SITE_URL + "]")) {
            link.attr("href", page(link.attr("href").substring(GhostExport.SITE_URL.length())));
        }
        return document.body().html().replace(GhostExport.SITE_URL, "");
    }

    // "/2024/11/harbour-bridge-reopens/#more" → "/articles/harbour-bridge-reopens#more"
    private String page(String path) {
        if (!path.startsWith("/")) {
            return "/" + path; // the home page: "__GHOST_URL__", "__GHOST_URL__?ref=nav"
        }
        int end = indexOfAny(path, "?#");
        String rest = path.substring(end);
        String[] segments = path.substring(0, end).replaceAll("^/+|/+$", "").split("/+");
        String last = segments[segments.length - 1];
        if (segments.length == 2 && segments[0].equals("tag") && tags.containsKey(last)) {
            return "/tags/" + tags.get(last) + "/" + rest;
        }
        if (posts.containsKey(last)) {
            return "/articles/" + posts.get(last) + rest;
        }
        return path;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

}
