package dev.herald.core.read.feed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a Ghost export says of a post beyond its content.
 *
 * @param type       {@code type}: post or page (Ghost 0.x to 2: {@code page} true or 1 for a page)
 * @param status     {@code status}: published, scheduled, draft, or sent (a newsletter sent by email only)
 * @param visibility {@code visibility}: public, members, paid, or tiers (members of some tiers)
 * @param slug       {@code slug}, the post's address on the Ghost site
 */
record GhostPost(String type, String status, String visibility, String slug) implements ExportedPost {

    static GhostPost of(JsonNode post) {
        String type = JsonFeedItems.text(post, "type");
        if (type == null) {
            JsonNode page = post.path("page");
            type = page.asBoolean(false) || page.asInt(0) == 1 ? "page" : "post";
        }
        String status = JsonFeedItems.text(post, "status");
        String visibility = JsonFeedItems.text(post, "visibility");
        String slug = JsonFeedItems.text(post, "slug");
        return new GhostPost(type, status == null ? "published" : status, visibility == null ? "public" : visibility,
                slug == null ? "" : slug);
    }

    @Override
    public String system() {
        return "Ghost";
    }

    @Override
    public boolean isStory() {
        return !type.equals("page");
    }

    /**
     * Not on the site for every reader: a draft, a newsletter never put on the site, a post for
     * members only (Herald's feeds and pages are open to all). A scheduled post is published: its
     * date, still to come, holds it back until then.
     */
    @Override
    public boolean isUnpublished() {
        return !(status.equals("published") || status.equals("scheduled")) || !visibility.equals("public");
    }

    @Override
    public String whyUnpublished() {
        return switch (status) {
            case "published", "scheduled" -> "for " + (visibility.equals("members") ? "members" : "paying members")
                    + " only on Ghost (visibility: " + visibility + "), and Herald publishes to every reader";
            case "draft" -> "drafts on Ghost";
            case "sent" -> "newsletters sent by email only, never on the Ghost site";
            default -> "of status \"" + status + "\" on Ghost";
        };
    }

    @Override
    public String kind() {
        return type;
    }
}
