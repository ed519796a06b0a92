package dev.herald.core.read.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import java.time.Instant;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;

/** The date of an RSS channel as a whole, for items that have none of their own (common in RSS 0.9x and 1.0). */
final class ChannelDates {

    private ChannelDates() {
    }

    /** The channel's publication or build date, or its dc:date; null when it has none. */
    static Instant of(Channel channel, Document document) {
        if (channel.getPubDate() != null) {
            return channel.getPubDate().toInstant();
        }
        if (channel.getLastBuildDate() != null) {
            return channel.getLastBuildDate().toInstant();
        }
        if (channel.getModule(DCModule.URI) instanceof DCModule dc && dc.getDate() != null) {
            return dc.getDate().toInstant();
        }
        return written(document).flatMap(FeedDates::parse).orElse(null);
    }

    private static Optional<String> written(Document document) {
        for (Element child : document.getRootElement().getChildren()) {
            if (child.getName().equals("channel")) {
                return new RawEntry(child).childText("pubDate", "lastBuildDate", "date");
            }
        }
        return Optional.empty();
    }
}
