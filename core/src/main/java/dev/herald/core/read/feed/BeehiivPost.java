package dev.herald.core.read.feed;

import java.util.Locale;
import java.util.Map;

/**
 * What a beehiiv posts export says of a post beyond its content.
 *
 * @param status   {@code status}: confirmed (sent or published), draft, archived
 * @param audience {@code audience}: free, premium (paying subscribers), both
 * @param slug     the last segment of its {@code url} ({@code …/p/harbour-bridge})
 */
record BeehiivPost(String status, String audience, String slug) implements ExportedPost {

    static BeehiivPost of(Map<String, String> row) {
        String url = row.getOrDefault("url", "").strip().replaceFirst("[?#].*$", "").replaceAll("/+$", "");
        return new BeehiivPost(row.getOrDefault("status", "").strip().toLowerCase(Locale.ROOT),
                row.getOrDefault("audience", "").strip().toLowerCase(Locale.ROOT), url.substring(url.lastIndexOf('/') + 1));
    }

    @Override
    public String system() {
        return "beehiiv";
    }

    @Override
    public boolean isStory() {
        return !status.equals("archived");
    }

    @Override
    public boolean isUnpublished() {
        return !(status.isEmpty() || status.equals("confirmed")) || audience.equals("premium");
    }

    @Override
    public String whyUnpublished() {
        return status.isEmpty() || status.equals("confirmed")
                ? "for premium subscribers only on beehiiv (audience: premium), and Herald publishes to every reader"
                : "of status \"" + status + "\" on beehiiv";
    }

    @Override
    public String kind() {
        return "archived post";
    }
}
