package dev.herald.core.feed;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        write(feed, out, KnownEntries.NONE);
    }

    /**
     * Writes the feed, taking each entry {@code known} has as it is given: an article whose entry
     * is known may come without its body. {@code known} hears every entry the document got.
     */
    public final void write(Feed feed, OutputStream out, KnownEntries known) throws IOException {
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
            Piece entry = known.entry(i);
            if (entry == null) {
                byte[] bytes = entryBytes(feed.articles().get(i), feed.site());
                entry = new Piece(bytes, 0, bytes.length);
            }
            known.written(i, entry);
            out.write(i == 0 ? first : next);
            out.write(entry.document(), entry.from(), entry.length());
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

    /**
     * What may be the entries of a document this writer wrote, in order, as ranges of its bytes
     * ({@link Layout#entriesIn}).
     */
    public final List<Piece> entriesIn(byte[] document) {
        return layout().entriesIn(document);
    }

    /** Bytes {@code from} (inclusive) {@code to} (exclusive) of a document, or of an entry by itself. */
    public record Piece(byte[] document, int from, int to) {

        /** The bytes themselves, copied. */
        public byte[] bytes() {
            return Arrays.copyOfRange(document, from, to);
        }

        public int length() {
            return to - from;
        }
    }

    /** How this writer's documents set their entries apart, for {@link #entriesIn}. */
    public abstract Layout layout();

    /** The whole document with no entries, as text. */
    protected abstract String frame(Feed feed) throws IOException;

    /** One article's entry as it stands in a document, from its first character to its last. */
    protected abstract String entry(Article article, SiteSettings site) throws IOException;

    /** Where entries go in a frame, and what goes before each. */
    protected abstract Splice splice(String frame);

    /**
     * Entries already serialized for a document's articles, by their place in it, and what the
     * document got: a build takes entries from the documents it wrote before.
     */
    public interface KnownEntries {

        /** Knows no entry and hears nothing. */
        KnownEntries NONE = new KnownEntries() {
            @Override
            public Piece entry(int index) {
                return null;
            }

            @Override
            public void written(int index, Piece entry) {
            }
        };

        /**
         * The entry of the document's article at {@code index}, as bytes of another document (not
         * copied: a feed of 50 entries is some 190 KB), or null to serialize it.
         */
        Piece entry(int index);

        /** The entry the document got for its article at {@code index}. */
        void written(int index, Piece entry);
    }

    /**
     * Where a document's entries are: each starts a line with {@code indent} then {@code start},
     * the bytes every entry begins with, and ends with {@code closing}; {@code separator} (which
     * ends with the indent) goes between two, and {@code end} follows the last one.
     */
    public record Layout(String indent, String separator, String start, String closing, String end) {

        /**
         * What may be the entries of a document laid out so, in order, as ranges of its bytes:
         * the first found by its opening, each other by what stands between it and the one
         * before (the end of that one, the separator, the start of this one). The cuts are found
         * by looking, not by parsing, so a caller takes a piece for an article's entry only when
         * it has that entry's fingerprint.
         */
        public List<Piece> entriesIn(byte[] document) {
            byte[] opening = utf8(indent + start);
            // the longer the bytes looked for, the further the search moves on at each step
            byte[] between = utf8(closing + separator + start);
            int closingLength = utf8(closing).length;
            int separatorLength = utf8(separator).length;
            int last = lastIndexOf(document, utf8(end));
            List<Piece> entries = new ArrayList<>();
            int first = indexOf(document, opening, skips(opening), 0, last);
            if (first < 0) {
                return entries;
            }
            int[] skips = skips(between);
            int from = first + utf8(indent).length;
            while (true) {
                int next = indexOf(document, between, skips, from, last);
                entries.add(new Piece(document, from, next < 0 ? last : next + closingLength));
                if (next < 0) {
                    return entries;
                }
                from = next + closingLength + separatorLength;
            }
        }

        private static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /**
         * How far a search for {@code wanted} may move on, by the byte under its last place (Horspool):
         * mostly its whole length, as the bytes of an entry are rarely those looked for. An old
         * article's removal looks through thousands of old documents of 200 KB each.
         */
        private static int[] skips(byte[] wanted) {
            int[] skips = new int[256];
            Arrays.fill(skips, wanted.length);
            for (int i = 0; i < wanted.length - 1; i++) {
                skips[wanted[i] & 0xff] = wanted.length - 1 - i;
            }
            return skips;
        }

        // a plain loop: a rebuild runs on the quick compiler, which calls out for each Arrays.equals
        private static int indexOf(byte[] bytes, byte[] wanted, int[] skips, int from, int end) {
            int last = wanted.length - 1;
            next:
            for (int i = from; i <= end - wanted.length; i += skips[bytes[i + last] & 0xff]) {
                for (int j = last; j >= 0; j--) {
                    if (bytes[i + j] != wanted[j]) {
                        continue next;
                    }
                }
                return i;
            }
            return -1;
        }

        private static int lastIndexOf(byte[] bytes, byte[] wanted) {
            for (int i = bytes.length - wanted.length; i >= 0; i--) {
                if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                    return i;
                }
            }
            return -1;
        }
    }

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
