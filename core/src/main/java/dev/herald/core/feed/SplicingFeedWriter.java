package dev.herald.core.feed;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A writer that serializes a feed document's frame (everything but its entries) and each entry
 * apart, then splices them into the bytes the whole document would have serialized to. An entry
 * does not depend on the feed it is in, so with an {@link EntryCache} an article shown in many
 * feeds is serialized once. Subclasses say where entries go in the frame and how they are set
 * apart; the golden tests hold the result to the whole document's bytes.
 */
public abstract class SplicingFeedWriter implements FeedWriter {

    private final EntryCache cache;

    /** @param cache entries already serialized, or null to serialize each every time */
    protected SplicingFeedWriter(EntryCache cache) {
        this.cache = cache;
    }

    @Override
    public final void write(Feed feed, OutputStream out) throws IOException {
        String frame = frame(feed);
        if (feed.articles().isEmpty()) {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        Splice splice = splice(frame);
        out.write(splice.before().getBytes(StandardCharsets.UTF_8));
        byte[] first = splice.firstSeparator().getBytes(StandardCharsets.UTF_8);
        byte[] next = splice.separator().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < feed.articles().size(); i++) {
            out.write(i == 0 ? first : next);
            out.write(entryBytes(feed.articles().get(i), feed.site()));
        }
        out.write(splice.after().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private byte[] entryBytes(Article article, SiteSettings site) throws IOException {
        byte[] entry = cache == null ? null : cache.get(article);
        if (entry == null) {
            entry = entry(article, site).getBytes(StandardCharsets.UTF_8);
            if (cache != null) {
                cache.put(article, entry);
            }
        }
        return entry;
    }

    /** The whole document with no entries, as text. */
    protected abstract String frame(Feed feed) throws IOException;

    /** One article's entry as it stands in a document, from its first character to its last. */
    protected abstract String entry(Article article, SiteSettings site) throws IOException;

    /** Where entries go in a frame, and what goes before each. */
    protected abstract Splice splice(String frame);

    /**
     * A frame cut where its entries go.
     *
     * @param before         the frame up to the entries
     * @param firstSeparator what goes before the first entry
     * @param separator      what goes before each other entry
     * @param after          the rest of the frame
     */
    public record Splice(String before, String firstSeparator, String separator, String after) {

        /** A frame cut at the last occurrence of {@code marker}, which begins {@code after}. */
        public static Splice at(String frame, String marker, String separator) {
            int at = frame.lastIndexOf(marker);
            if (at < 0) {
                throw new IllegalStateException("no " + marker.strip() + " in the frame");
            }
            return new Splice(frame.substring(0, at), separator, separator, frame.substring(at));
        }
    }
}
