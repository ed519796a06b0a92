package dev.herald.core.read.feed;

import dev.herald.core.text.DateTimes;
import dev.herald.core.model.Enclosure;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * @param date    {@code wp:post_date_gmt}, else (a draft never published has none) the site's local
 *                {@code wp:post_date} taken as UTC; null when neither is a date
 * @param modified  {@code wp:post_modified_gmt}, when it was last changed; null when it is no date
 * @param password  whether {@code wp:post_password} is set: the post is for those who know it
 * @param coAuthors its writers as the Co-Authors Plus plugin lists them ({@code <category
 *                  domain="author">}, display names), in order; empty without the plugin
 */
record WordPressPost(String type, String status, String name, String excerpt, String id, Map<String, String> meta,
        String fileUrl, Instant date, Instant modified, boolean password, List<String> coAuthors)
        implements ExportedPost {

    /** The domains of an item's categories that name no subject: its writers (Co-Authors Plus), its format. */
    static final Set<String> NOT_SUBJECTS = Set.of("author", "post_format");

    /** The namespaces of the export's versions 1.0 to 1.2, with http or https as exports write it, start so. */
    private static final Pattern NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/.*");

    /** WordPress's own kinds of item that are no story: a site's pages, media, menus, revisions, blocks. */
    private static final Set<String> NOT_STORIES = Set.of("page", "attachment", "nav_menu_item", "revision",
            "wp_block", "wp_template", "wp_template_part", "wp_navigation", "wp_global_styles", "custom_css",
            "customize_changeset", "oembed_cache", "user_request", "wp_font_family", "wp_font_face");

    private static final String TRASH = " in the trash";

    /** How the export writes its dates: "2026-12-07 09:00:00". */
    private static final DateTimeFormatter STORED_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

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
        String dateGmt = "";
        String localDate = "";
        String modifiedGmt = "";
        boolean password = false;
        List<String> coAuthors = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        for (Element child : raw.element().getChildren()) {
            if (isWordPress(child)) {
                switch (child.getName()) {
                    case "post_type" -> type = child.getTextTrim();
                    case "status" -> status = child.getTextTrim();
                    case "post_name" -> name = child.getTextTrim();
                    case "encoded" -> excerpt = child.getTextTrim(); // in the excerpt's namespace
                    case "post_id" -> id = child.getTextTrim();
                    case "attachment_url" -> fileUrl = child.getTextTrim();
                    case "post_date_gmt" -> dateGmt = child.getTextTrim();
                    case "post_date" -> localDate = child.getTextTrim();
                    case "postmeta" -> meta.put(text(child, "meta_key"), text(child, "meta_value"));
                    case "post_modified_gmt" -> modifiedGmt = child.getTextTrim();
                    case "post_password" -> password = !child.getTextTrim().isEmpty();
                    default -> { }
                }
            } else if (child.getName().equals("category") && "author".equals(child.getAttributeValue("domain"))
                    && !child.getTextTrim().isEmpty() && !coAuthors.contains(child.getTextTrim())) {
                coAuthors.add(child.getTextTrim());
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        Instant date = date(dateGmt).orElse(null);
        return Optional.of(new WordPressPost(type, status, name, excerpt, id, Map.copyOf(meta), fileUrl,
                date != null ? date : date(localDate).orElse(null), date(modifiedGmt).orElse(null), password,
                List.copyOf(coAuthors)));
    }

    // "2026-12-07 09:00:00"; WordPress writes "0000-00-00 00:00:00" for none
    private static Optional<Instant> date(String written) {
        try {
            Instant date = LocalDateTime.parse(written, STORED_DATE).toInstant(ZoneOffset.UTC);
            return DateTimes.isPublishable(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the element is one of the export's own ({@code wp:}, {@code excerpt:}). */
    static boolean isWordPress(Element element) {
        return NAMESPACE.matcher(element.getNamespaceURI()).matches();
    }

    private static String text(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name)) {
                return child.getTextTrim();
            }
        }
        return "";
    }

    /**
     * The audio or video file WordPress found linked in the post and keeps for its feed's
     * {@code <enclosure>}: the {@code enclosure} meta value, its URL, length and type on three lines.
     */
    Optional<Enclosure> enclosure() {
        String[] lines = meta.getOrDefault("enclosure", "").strip().split("\\R");
        URI url = AtomEntries.uri(lines[0]);
        if (url == null) {
            return Optional.empty();
        }
        long length = lines.length > 1 && lines[1].strip().matches("\\d{1,18}") ? Long.parseLong(lines[1].strip()) : 0;
        return AtomEntries.enclosure(url, lines.length > 2 ? lines[2] : null, length);
    }

    @Override
    public String system() {
        return "WordPress";
    }

    /** A post, or a type of the site's own; not a page, medium or menu entry, nor what is in the trash. */
    @Override
    public boolean isStory() {
        return !NOT_STORIES.contains(type) && !status.equals("trash");
    }

    /** A draft, a post awaiting review, a private one, one behind a password. */
    @Override
    public boolean isUnpublished() {
        return UNPUBLISHED.contains(status) || password;
    }

    @Override
    public String whyUnpublished() {
        if (password && !UNPUBLISHED.contains(status)) {
            return "behind a password on WordPress";
        }
        return switch (status) {
            case "pending" -> "awaiting review on WordPress";
            case "private" -> "private on WordPress";
            default -> "drafts on WordPress";
        };
    }

    @Override
    public String kind() {
        return status.equals("trash") && !NOT_STORIES.contains(type) ? type + TRASH : type;
    }

    @Override
    public String slug() {
        return name;
    }
}
