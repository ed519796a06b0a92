package dev.herald.core.site;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.model.Article;
import dev.herald.core.problem.Problem;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the last build of a site knew, kept beside the site folder ({@link BuildStateFile}) so the
 * next build reads and renders only what changed.
 *
 * @param fingerprint what shapes every output (Herald's build, the settings, --limit, the options
 *                    and the site's own files), part by part; when a part differs, nothing else here holds
 * @param stableFrom  from when the articles shown stay the same: the latest publish or expiry
 *                    instant at or before the build's time
 * @param stableUntil until when they stay the same: the first such instant after it
 * @param summary     what the build reported, to be said again by a build that finds nothing changed
 * @param sources     each source file as last read, by the path the build read it from
 * @param outputs     each file of the site, by its path inside the folder
 */
public record BuildState(Map<String, String> fingerprint, Instant stableFrom, Instant stableUntil, Summary summary,
        Map<String, Source> sources, Map<String, Output> outputs) {

    public BuildState {
        fingerprint = Map.copyOf(fingerprint);
        Objects.requireNonNull(stableFrom, "stableFrom");
        Objects.requireNonNull(stableUntil, "stableUntil");
        Objects.requireNonNull(summary, "summary");
        // views, not copies: a large site's maps hold hundreds of thousands of entries
        sources = Collections.unmodifiableMap(sources);
        outputs = Collections.unmodifiableMap(outputs);
    }

    /**
     * What a build reported.
     *
     * @param articles the articles published
     * @param tags     their tags
     * @param heldBack what was not published, as said to the user ("" for nothing)
     * @param clean    whether the build met no problem in any input
     */
    public record Summary(int articles, int tags, String heldBack, boolean clean) {

        public Summary {
            Objects.requireNonNull(heldBack, "heldBack");
        }
    }

    /**
     * The first part of a state file: enough to tell that nothing changed since the last build and
     * to say again what it reported, without the articles that make up most of the file.
     *
     * @param stamps each source file's stamp, by the path the build read it from
     */
    public record Head(Instant stableFrom, Instant stableUntil, Summary summary, Map<String, Stamp> stamps,
            Map<String, Output> outputs) {
    }

    /**
     * What tells that a source file changed: its size, time and inode, and those of a wire copy's
     * sidecar (size -1 when it has none).
     */
    public record Stamp(long size, long modified, String fileKey, long sidecarSize, long sidecarModified) {

        // written out: a record's own equals goes through method handles, which a rebuild's quick
        // compiler runs slowly, and a rebuild compares a stamp for every source file
        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp stamp && size == stamp.size && modified == stamp.modified
                    && sidecarSize == stamp.sidecarSize && sidecarModified == stamp.sidecarModified
                    && Objects.equals(fileKey, stamp.fileKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(size, modified, fileKey, sidecarSize, sidecarModified);
        }
    }

    /**
     * A source file as last read: its problems and its articles without their text.
     *
     * @param stored the entries as a state file held them, when they were read from one (null
     *               otherwise): an unchanged file's entries go into the next state as these bytes,
     *               not encoded again. They are the mapped file's, which stay as they were read:
     *               a state file is only ever replaced by a rename, never written over.
     */
    public record Source(Stamp stamp, List<Problem> problems, List<Entry> entries, ByteBuffer stored) {

        public Source {
            problems = List.copyOf(problems);
            entries = List.copyOf(entries);
            stored = stored == null ? null : stored.asReadOnlyBuffer();
        }

        /** A source file as just read. */
        public Source(Stamp stamp, List<Problem> problems, List<Entry> entries) {
            this(stamp, problems, entries, null);
        }
    }

    /**
     * One article of a source file, {@link Article#withoutBody() without its body} (a build
     * that must render it reads its file again), its line, the digest of the whole article and
     * the fingerprints of its feed entries by {@link FeedFormat#ordinal() format} ({@link
     * EntryPrints#NONE} for one not written yet), which let the next build take an entry from a
     * document it wrote before.
     */
    public record Entry(Article article, int line, byte[] digest, long[] prints) {

        /** An entry whose feed entries were not written yet. */
        public Entry(Article article, int line, byte[] digest) {
            this(article, line, digest, EntryPrints.none());
        }
    }

    /** A file of the site: the key of what it shows and its size in bytes. */
    public record Output(String key, long size) {
    }
}
