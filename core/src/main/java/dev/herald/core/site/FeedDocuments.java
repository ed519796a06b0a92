package dev.herald.core.site;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the feed documents and older list pages of one build: an article whose entry (or
 * teaser) an old file holds ({@link OldEntries}) goes in as those bytes, without its body; any
 * other is brought its body and rendered. Every entry and teaser written is fingerprinted for the
 * next build ({@link EntryPrints}).
 */
final class FeedDocuments {

    private final Map<FeedFormat, SplicingFeedWriter> writers;
    private final Function<Article, byte[]> digests;
    private final Function<Article, Article> withBody;
    private final OldEntries old;
    private final EntryPrints written;

    /**
     * @param digests  each article's digest
     * @param withBody each article with its body
     * @param old      the entries of the last build's documents
     * @param written  where the fingerprints of the entries written go
     */
    FeedDocuments(Map<FeedFormat, SplicingFeedWriter> writers, Function<Article, byte[]> digests,
            Function<Article, Article> withBody, OldEntries old, EntryPrints written) {
        this.writers = writers;
        this.digests = digests;
        this.withBody = withBody;
        this.old = old;
        this.written = written;
    }

    /**
     * Writes the feed {@code feed} makes of {@code articles} in {@code format}.
     *
     * @param oldFiles the old documents likeliest to hold the articles' entries, paths inside the site
     */
    void write(FeedFormat format, List<String> oldFiles, List<Article> articles, Function<List<Article>, Feed> feed,
            OutputStream out) throws IOException {
        SplicingFeedWriter writer = writers.get(format);
        int slot = EntryPrints.slot(format);
        SplicingFeedWriter.Piece[] known = old.find(writer.layout(), slot, oldFiles, articles);
        List<Article> shown = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            shown.add(known[i] != null ? articles.get(i) : withBody.apply(articles.get(i)));
        }
        writer.write(feed.apply(shown), out, recording(slot, articles, known));
    }

    /**
     * Writes an older list page of {@code articles}, their teasers taken from old pages where they
     * are found (a teaser needs no body).
     *
     * @param oldFiles the old pages likeliest to hold the articles' teasers, paths inside the site
     */
    void writePage(List<String> oldFiles, List<Article> articles, ListPage page, OutputStream out) throws IOException {
        SplicingFeedWriter.Piece[] known = old.find(PageRenderer.TEASERS, EntryPrints.TEASER, oldFiles, articles);
        page.write(recording(EntryPrints.TEASER, articles, known), out);
    }

    /** A list page written with some of its teasers known. */
    @FunctionalInterface
    interface ListPage {
        void write(SplicingFeedWriter.KnownEntries teasers, OutputStream out) throws IOException;
    }

    // gives the pieces found and notes the fingerprint of every entry written
    private SplicingFeedWriter.KnownEntries recording(int slot, List<Article> articles,
            SplicingFeedWriter.Piece[] known) {
        List<byte[]> articleDigests = articles.stream().map(digests).toList();
        return new SplicingFeedWriter.KnownEntries() {
            @Override
            public SplicingFeedWriter.Piece entry(int index) {
                return known[index];
            }

            @Override
            public void written(int index, SplicingFeedWriter.Piece entry) {
                // a piece of an old file was found by its fingerprint: no need to take it again
                long print = known[index] != null ? old.printOf(articles.get(index), slot) : EntryPrints.NONE;
                written.record(articleDigests.get(index), slot, entry, print);
            }
        };
    }
}
