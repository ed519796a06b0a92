package dev.herald.core.read.feed;

import java.util.Map;

/**
 * What a Substack export's {@code posts.csv} says of a post beyond its content.
 *
 * @param type      {@code type}: newsletter, podcast, thread (a discussion), page
 * @param published {@code is_published}: false for a draft
 * @param audience  {@code audience}: everyone, only_free (subscribers), only_paid, founding
 * @param slug      the post's slug: its {@code post_id} after the number ({@code 123401.harbour-news})
 */
record SubstackPost(String type, boolean published, String audience, String slug) implements ExportedPost {

    static SubstackPost of(Map<String, String> row) {
        String postId = row.getOrDefault("post_id", "").strip();
        return new SubstackPost(row.getOrDefault("type", "").strip().toLowerCase(java.util.Locale.ROOT),
                row.getOrDefault("is_published", "").strip().equalsIgnoreCase("true"),
                row.getOrDefault("audience", "").strip(), postId.replaceFirst("^\\d+\\.", ""));
    }

    @Override
    public String system() {
        return "Substack";
    }

    /** A newsletter or podcast episode; not a page, nor a thread (a discussion among readers). */
    @Override
    public boolean isStory() {
        return !type.equals("page") && !type.equals("thread");
    }

    @Override
    public boolean isUnpublished() {
        return !published || !(audience.isEmpty() || audience.equals("everyone"));
    }

    @Override
    public String whyUnpublished() {
        if (!published) {
            return "drafts on Substack";
        }
        return "for " + (audience.equals("only_free") ? "subscribers" : "paying subscribers") + " only on Substack"
                + " (audience: " + audience + "), and Herald publishes to every reader";
    }

    @Override
    public String kind() {
        return type.isEmpty() ? "post of no type" : type;
    }
}
