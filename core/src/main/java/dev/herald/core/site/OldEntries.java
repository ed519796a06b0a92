package dev.herald.core.site;

import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Entries taken from the feed documents (and teasers from the older list pages) the last build
 * wrote, for the articles that did not change. When an old article goes (or a back-dated one
 * comes), every later archive document and older page moves by one place: its articles are the
 * same, only cut differently, so their entries are cut out of the old files instead of each
 * article being read and rendered again. A piece of an old file is taken for an article only when
 * its fingerprint is the one that article's entry had ({@link BuildState.Entry#prints()});
 * anything else is rendered as in a full build, which gives the same bytes. Only files the last
 * build left as they were are read (their size as it wrote them). Thread-safe.
 */
final class OldEntries {

    /** Old documents whose pieces are kept, the least recently used dropped past it. */
    private static final int DOCUMENTS_KEPT = 24;

    private final Path site;
    private final Set<String> asLeft;
    private final Function<Article, long[]> prints;
    private final Map<String, Map<Long, SplicingFeedWriter.Piece>> recent = new LinkedHashMap<>(32, 0.75f, true);

    private OldEntries(Path site, Set<String> asLeft, Function<Article, long[]> prints) {
        this.site = site;
        this.asLeft = asLeft;
        this.prints = prints;
    }

    /** None: a full build. */
    static OldEntries none() {
        return new OldEntries(null, Set.of(), article -> null);
    }

    /**
     * The entries in the documents of {@code site}.
     *
     * @param asLeft the files of the site as the last build left them, by their paths inside it
     * @param prints the fingerprints of each article's entries as the last build wrote them, by
     *               format; null for an article it did not know
     */
    static OldEntries in(Path site, Set<String> asLeft, Function<Article, long[]> prints) {
        return new OldEntries(site, asLeft, prints);
    }

    /**
     * The entry in {@code slot} ({@link EntryPrints}) of each of the articles, as found in the
     * first of {@code files} that has it; null for an article found in none.
     *
     * @param layout how the files set their entries apart
     * @param files  paths inside the site of old files that hold entries of {@code slot}, likeliest first
     */
    SplicingFeedWriter.Piece[] find(SplicingFeedWriter.Layout layout, int slot, List<String> files,
            List<Article> articles) {
        SplicingFeedWriter.Piece[] found = new SplicingFeedWriter.Piece[articles.size()];
        long[] wanted = new long[articles.size()];
        int missing = 0;
        for (int i = 0; i < wanted.length; i++) {
            long[] known = prints.apply(articles.get(i));
            wanted[i] = known == null ? EntryPrints.NONE : known[slot];
            if (wanted[i] != EntryPrints.NONE) {
                missing++;
            }
        }
        for (String file : files) {
            if (missing == 0) {
                break;
            }
            if (!asLeft.contains(file)) {
                continue;
            }
            Map<Long, SplicingFeedWriter.Piece> pieces = pieces(layout, file);
            for (int i = 0; i < wanted.length; i++) {
                SplicingFeedWriter.Piece piece = found[i] == null ? pieces.get(wanted[i]) : null;
                if (piece != null) {
                    found[i] = piece;
                    missing--;
                }
            }
        }
        return found;
    }

    /** The fingerprint in {@code slot} of an entry {@link #find} found for {@code article}. */
    long printOf(Article article, int slot) {
        return prints.apply(article)[slot];
    }

    // an old file's pieces by their fingerprints; an unreadable one has none
    private Map<Long, SplicingFeedWriter.Piece> pieces(SplicingFeedWriter.Layout layout, String file) {
        synchronized (recent) {
            Map<Long, SplicingFeedWriter.Piece> kept = recent.get(file);
            if (kept != null) {
                return kept;
            }
        }
        Map<Long, SplicingFeedWriter.Piece> pieces = new HashMap<>();
        try {
            for (SplicingFeedWriter.Piece piece : layout.entriesIn(Files.readAllBytes(site.resolve(file)))) {
                pieces.put(EntryPrints.print(piece.document(), piece.from(), piece.to()), piece);
            }
        } catch (IOException e) {
            pieces.clear(); // gone or unreadable since it was looked at: its articles are rendered
        }
        synchronized (recent) {
            recent.put(file, pieces);
            if (recent.size() > DOCUMENTS_KEPT) {
                recent.remove(recent.keySet().iterator().next());
            }
        }
        return pieces;
    }
}
