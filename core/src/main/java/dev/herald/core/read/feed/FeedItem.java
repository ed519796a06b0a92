package dev.herald.core.read.feed;

import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import java.time.Instant;
import java.util.List;

/**
 * One RSS item or Atom entry, as read, before it becomes an article. Any field may be missing
 * (null, or an empty list) except {@code number}.
 *
 * @param number        1-based position in the feed, for problems
 * @param guid          the item's guid or the entry's id
 * @param dateText      the publication date as written, when no form Herald knows could read it
 * @param html          the full content as HTML (or the description when there is no content),
 *                      relative URLs resolved against {@code base}
 * @param summary       plain-text summary
 * @param image         lead image from Media RSS, a thumbnail, an image enclosure or an Atom enclosure
 * @param enclosures    audio, video and other media files
 * @param language      the entry's own language (xml:lang, dc:language)
 * @param exported      what a publishing system's export (WordPress's, Ghost's) says of the item, or
 *                      null for a feed
 */
record FeedItem(int number, String guid, String title, String link, Instant published, String dateText,
        Instant updated, List<Author> authors, List<String> tags, String summary, String html, Image image,
        List<Enclosure> enclosures, Source source, String language, ExportedPost exported) {

    FeedItem withAuthors(List<Author> named) {
        return new FeedItem(number, guid, title, link, published, dateText, updated, named, tags, summary, html, image,
                enclosures, source, language, exported);
    }

    FeedItem withImage(Image lead) {
        return new FeedItem(number, guid, title, link, published, dateText, updated, authors, tags, summary, html, lead,
                enclosures, source, language, exported);
    }
}
