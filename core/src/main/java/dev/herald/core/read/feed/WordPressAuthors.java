package dev.herald.core.read.feed;

import dev.herald.core.model.Author;
import java.util.HashMap;
import java.util.Map;
import org.jdom2.Element;

/**
 * The writers of a WordPress export by their login: its items name a writer as {@code dc:creator}
 * by the login ("jpark"), its channel lists each one's display name ("Jo Park") under
 * {@code wp:author}.
 */
final class WordPressAuthors {

    private WordPressAuthors() {
    }

    /** Display names by login, from the {@code wp:author} elements of the channel that holds {@code item}. */
    static Map<String, String> of(Element item) {
        Map<String, String> names = new HashMap<>();
        Element channel = item.getParentElement();
        if (channel == null) {
            return names;
        }
        for (Element author : channel.getChildren()) {
            if (author.getName().equals("author") && WordPressPost.isWordPress(author)) {
                String login = "";
                String name = "";
                for (Element field : author.getChildren()) {
                    switch (field.getName()) {
                        case "author_login" -> login = field.getTextTrim();
                        case "author_display_name" -> name = field.getTextTrim();
                        default -> { }
                    }
                }
                if (!login.isEmpty() && !name.isEmpty()) {
                    names.put(login, name);
                }
            }
        }
        return names;
    }

    /** The item with each writer named by display name where the export gives one. */
    static FeedItem named(FeedItem item, Map<String, String> displayNames) {
        if (displayNames.isEmpty()) {
            return item;
        }
        return item.withAuthors(item.authors().stream().map(author -> displayNames.containsKey(author.name())
                ? new Author(displayNames.get(author.name()), author.email(), author.url()) : author).toList());
    }
}
