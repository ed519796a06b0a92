package dev.herald.core.read.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;

/**
 * What a WordPress export (WXR, the file of Tools › Export: RSS with {@code wp:} elements) says of
 * an item beyond RSS: what kind of item it is, whether it is published, and its slug. An export
 * holds a site's drafts and private posts, its pages, media and menus beside its posts.
 *
 * @param type    {@code wp:post_type}: post, page, attachment, nav_menu_item, or a theme's own type
 * @param status  {@code wp:status}: publish, future, draft, pending, private, trash, inherit
 * @param name    {@code wp:post_name}, the post's slug in its permalink; "" when it has none yet
 * @param excerpt {@code excerpt:encoded}, the summary its editor wrote (an image's caption); "" when none
 * @param id      {@code wp:post_id}; "" when none
 * @param meta    its {@code wp:postmeta} values by key: {@code _thumbnail_id}, the post's featured
 *                image; {@code _wp_attachment_image_alt}, an image's alternative text
 * @param fileUrl {@code wp:attachment_url}, an attachment's file; "" for a post
 */
record WordPressPost(String type, String status, String name, String excerpt, String id, Map<String, String> meta,
        String fileUrl) {

    /** The namespaces of the export's versions 1.0 to 1.2 start so. */
    private static final String NAMESPACE = "http://wordpress.org/export/";

    /** WordPress's own kinds of item that are no story: a site's pages, media, menus, revisions, blocks. */
    private static final Set<String> NOT_STORIES = Set.of("page", "attachment", "nav_menu_item", "revision",
            "wp_block", "wp_template", "wp_template_part", "wp_navigation", "wp_global_styles", "custom_css",
            "customize_changeset", "oembed_cache", "user_request", "wp_font_family", "wp_font_face");

    private static final String TRASH = " in the trash";

    /** Statuses of a post no reader may see yet (or ever): kept as drafts. */
    private static final Set<String> UNPUBLISHED = Set.of("draft", "pending", "private", "auto-draft");

    /** The item's WordPress fields, if it comes from a WordPress export. */
    static Optional<WordPressPost> of(RawEntry raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String type = null;
        String status = "";
        String name = "";
        String excerpt = "";
        String id = "";
        String fileUrl = "";
        Map<String, String> meta = new HashMap<>();
        for (Element child : raw.element().getChildren()) {
            if (child.getNamespaceURI().startsWith(NAMESPACE)) {
                switch (child.getName()) {
                    case "post_type" -> type = child.getTextTrim();
                    case "status" -> status = child.getTextTrim();
                    case "post_name" -> name = child.getTextTrim();
                    case "encoded" -> excerpt = child.getTextTrim(); // in the excerpt's namespace
                    case "post_id" -> id = child.getTextTrim();
                    case "attachment_url" -> fileUrl = child.getTextTrim();
                    case "postmeta" -> meta.put(text(child, "meta_key"), text(child, "meta_value"));
                    default -> { }
                }
            }
        }
        return type == null ? Optional.empty()
                : Optional.of(new WordPressPost(type, status, name, excerpt, id, Map.copyOf(meta), fileUrl));
    }

    private static String text(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return child.getTextTrim();
            }
        }
        return "";
    }

    /** Whether the item is a story (a post, or a type of the site's own), not a page, medium or menu entry. */
    boolean isStory() {
        return !NOT_STORIES.contains(type) && !status.equals("trash");
    }

    /** Whether the post is not published (a draft, a post awaiting review, a private one): imported as a draft. */
    boolean isUnpublished() {
        return UNPUBLISHED.contains(status);
    }

    /** What the item is, as a count's word: "page", "attachment", "post in the trash". */
    String kind() {
        return status.equals("trash") && !NOT_STORIES.contains(type) ? type + TRASH : type;
    }

    /** A count of items of a kind: "1 page", "3 pages", "2 posts in the trash". */
    static String count(int count, String kind) {
        if (count == 1) {
            return "1 " + kind;
        }
        return count + " " + (kind.endsWith(TRASH) ? kind.substring(0, kind.length() - TRASH.length()) + "s" + TRASH
                : kind + "s");
    }
}
