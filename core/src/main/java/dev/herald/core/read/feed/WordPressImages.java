package dev.herald.core.read.feed;

import dev.herald.core.model.Image;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The featured images of a WordPress export's posts. A post names its image's attachment by id
 * ({@code _thumbnail_id}); the attachment, an item of its own, gives the file, its caption (the
 * attachment's excerpt, else its description, the item's content) and its alternative text
 * ({@code _wp_attachment_image_alt}).
 */
final class WordPressImages {

    private WordPressImages() {
    }

    /** The images of the export's attachments, by attachment id. */
    static Map<String, Image> of(List<FeedItem> items) {
        Map<String, Image> images = new HashMap<>();
        for (FeedItem item : items) {
            WordPressPost post = item.exported() instanceof WordPressPost exported ? exported : null;
            URI file = post == null || post.fileUrl().isEmpty() ? null : AtomEntries.uri(post.fileUrl());
            if (file != null && file.isAbsolute() && !post.id().isEmpty()) {
                // its caption, else its description, as WordPress's media library names them
                String caption = !post.excerpt().isBlank() ? Jsoup.parse(post.excerpt()).text()
                        : item.html() == null ? "" : Jsoup.parse(item.html()).text();
                images.put(post.id(), new Image(file, orNull(caption), null,
                        orNull(post.meta().getOrDefault("_wp_attachment_image_alt", ""))));
            }
        }
        return images;
    }

    /** The item with its featured image as its lead image, where it has none from the feed. */
    static FeedItem featured(FeedItem item, Map<String, Image> images) {
        if (item.image() != null || !(item.exported() instanceof WordPressPost post)) {
            return item;
        }
        Image image = images.get(post.meta().getOrDefault("_thumbnail_id", ""));
        return image == null ? item : item.withImage(image);
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text;
    }
}
