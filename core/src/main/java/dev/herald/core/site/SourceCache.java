package dev.herald.core.site;

import dev.herald.core.HeraldException;
import dev.herald.core.model.Article;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Source files read for a build, or taken from the last build's state when they did not change
 * (same size, time and inode, and the same sidecar): those give their articles {@link
 * Article#withoutBody() without their body}, which {@link #withBody} brings back, by reading the
 * file again, for the few article pages and feeds that must be written. A file's stamp is taken
 * before it is read, so an edit during the build is seen by the next one; a file that could not be
 * read at all is read again next time (its permissions may have changed, which its stamp does not
 * show). Thread-safe: files are read in parallel.
 */
public final class SourceCache {

    private final CompletableFuture<Map<String, BuildState.Source>> previous;
    private final Map<String, BuildState.Source> current = new ConcurrentHashMap<>();
    /** What is known of each article: one map, not one per fact, filled from every reading thread. */
    private final Map<Article, Known> known = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicInteger read = new AtomicInteger();
    private final PackedBodies bodies;

    /** @param previous the last build's sources, when they are read; empty for a full build */
    public SourceCache(CompletableFuture<Map<String, BuildState.Source>> previous) {
        // the unpacked are kept within what each feed writer keeps of entries
        this(previous, new PackedBodies(Runtime.getRuntime().maxMemory() / 16, StaticSiteBuilder.ENTRY_CACHE_BYTES));
    }

    /**
     * @param previous the last build's sources, when they are read; empty for a full build
     * @param bodies   where the bodies read are kept
     */
    SourceCache(CompletableFuture<Map<String, BuildState.Source>> previous, PackedBodies bodies) {
        this.previous = previous;
        this.bodies = bodies;
    }

    /**
     * What is known of an article besides itself.
     *
     * @param digest its digest
     * @param source the file it was read from, when it stands without its body (else null)
     * @param prints the fingerprints of its feed entries as the last build wrote them (else null)
     */
    private record Known(byte[] digest, String source, long[] prints) {
    }

    /**
     * What {@code reader} gives for {@code file}, or what it gave last time if the file is the
     * same; {@code listed} are the attributes a listing of its folder gave (null for none), so
     * that a large folder's files are looked at once, not twice.
     */
    public ReadResult read(Path file, BasicFileAttributes listed, Function<Path, ReadResult> reader) {
        String name = file.toString();
        BuildState.Stamp stamp = stamp(file, listed);
        BuildState.Source last = previous.join().get(name);
        if (last != null && last.stamp().equals(stamp)) {
            current.put(name, last);
            List<SourcedArticle> articles = new ArrayList<>(last.entries().size());
            for (BuildState.Entry entry : last.entries()) {
                articles.add(new SourcedArticle(entry.article(), name, entry.line()));
                known.put(entry.article(), new Known(entry.digest(), name, entry.prints()));
            }
            return new ReadResult(articles, last.problems());
        }
        read.incrementAndGet();
        ReadResult result = reader.apply(file);
        List<BuildState.Entry> entries = new ArrayList<>(result.articles().size());
        List<SourcedArticle> articles = new ArrayList<>(result.articles().size());
        for (SourcedArticle sourced : result.articles()) {
            byte[] digest = OutputKey.digest(sourced.article());
            Article bodiless = sourced.article().withoutBody();
            Article kept = bodies.keep(sourced.article(), bodiless);
            known.put(kept, new Known(digest, null, null));
            entries.add(new BuildState.Entry(bodiless, sourced.line(), digest));
            articles.add(kept == sourced.article() ? sourced : new SourcedArticle(kept, sourced.source(), sourced.line()));
        }
        boolean unreadable = result.problems().stream().anyMatch(problem -> problem.isError() && problem.line() == 0);
        if (stamp != null && !unreadable) {
            current.put(name, new BuildState.Source(stamp, result.problems(), entries));
        }
        return new ReadResult(articles, result.problems());
    }

    /** How many files were read, not taken from the last build. */
    public int filesRead() {
        return read.get();
    }

    /** Whether every file was taken from the last build and none of its files is gone. */
    public boolean unchanged() {
        return read.get() == 0 && current.keySet().equals(previous.join().keySet());
    }

    /** Each file as read, for the next build's state. */
    public Map<String, BuildState.Source> sources() {
        return Collections.unmodifiableMap(current);
    }

    /**
     * Each file as read, its articles with the fingerprints of their feed entries as {@code
     * written} now or, for an entry not written now, as the last build's state had them.
     */
    Map<String, BuildState.Source> sources(EntryPrints written) {
        Map<String, BuildState.Source> before = previous.join();
        Map<String, BuildState.Source> sources = new HashMap<>(current.size() * 4 / 3 + 1);
        current.forEach((name, source) -> sources.put(name, withPrints(source, before.get(name), written)));
        return Collections.unmodifiableMap(sources);
    }

    // an unchanged file whose every entry has its fingerprints goes on as the bytes the state held
    private static BuildState.Source withPrints(BuildState.Source source, BuildState.Source before, EntryPrints written) {
        if (source.stored() != null && source.entries().stream().allMatch(SourceCache::printed)) {
            return source;
        }
        List<BuildState.Entry> entries = new ArrayList<>(source.entries().size());
        for (BuildState.Entry entry : source.entries()) {
            long[] known = printed(entry) ? entry.prints() : written.of(entry.digest(), earlier(entry, before));
            entries.add(new BuildState.Entry(entry.article(), entry.line(), entry.digest(),
                    known == null ? EntryPrints.none() : known));
        }
        return new BuildState.Source(source.stamp(), source.problems(), entries);
    }

    private static boolean printed(BuildState.Entry entry) {
        for (long print : entry.prints()) {
            if (print == EntryPrints.NONE) {
                return false;
            }
        }
        return true;
    }

    // the fingerprints the same article had in the file last time (a file touched, not changed)
    private static long[] earlier(BuildState.Entry entry, BuildState.Source before) {
        if (before == null) {
            return entry.prints();
        }
        for (BuildState.Entry old : before.entries()) {
            if (Arrays.equals(old.digest(), entry.digest())) {
                return old.prints();
            }
        }
        return entry.prints();
    }

    /** The fingerprints of each article's feed entries as the last build left them; null for none. */
    Function<Article, long[]> entryPrints() {
        return article -> {
            Known facts = known.get(article);
            return facts == null ? null : facts.prints();
        };
    }

    /** Each article's digest, as read or as the last build kept it. */
    public Function<Article, byte[]> digests() {
        return article -> {
            Known facts = known.get(article);
            return facts != null ? facts.digest() : OutputKey.digest(article);
        };
    }

    /**
     * Each article with its body: as read, unpacked, or read again from its unchanged file.
     *
     * @throws HeraldException (from the function) when a file changed since this build looked at it
     */
    public Function<Article, Article> withBody(ArticleReader reader) {
        Map<String, Map<String, Article>> reread = new ConcurrentHashMap<>();
        return article -> {
            Article unpacked = bodies.unpack(article);
            if (unpacked != null) {
                return unpacked;
            }
            Known facts = known.get(article);
            if (facts == null || facts.source() == null) {
                return article;
            }
            String source = facts.source();
            Article full = reread.computeIfAbsent(source, name -> byId(reader.read(Path.of(name)))).get(article.id());
            if (full == null || !Arrays.equals(OutputKey.digest(full), facts.digest())) {
                throw new HeraldException(source + " changed during the build; build again");
            }
            return full;
        };
    }

    private static Map<String, Article> byId(ReadResult result) {
        Map<String, Article> byId = new HashMap<>();
        result.articles().forEach(sourced -> byId.putIfAbsent(sourced.article().id(), sourced.article()));
        return byId;
    }

    /**
     * The stamp of a source file, from the attributes its folder's listing gave when they are its
     * own (not a link's), or null when it cannot be looked at (the reader then says why).
     */
    static BuildState.Stamp stamp(Path file, BasicFileAttributes listed) {
        try {
            BasicFileAttributes attributes = listed != null && !listed.isSymbolicLink() ? listed
                    : Files.readAttributes(file, BasicFileAttributes.class);
            BasicFileAttributes sidecar = sidecar(file);
            return new BuildState.Stamp(attributes.size(), nanos(attributes), Objects.toString(attributes.fileKey()),
                    sidecar == null ? -1 : sidecar.size(), sidecar == null ? 0 : nanos(sidecar));
        } catch (IOException e) {
            return null;
        }
    }

    private static BasicFileAttributes sidecar(Path file) {
        if (InputFormat.ofFileName(file.getFileName().toString()).orElse(null) != InputFormat.WIRE) {
            return null; // only wire copy has a sidecar
        }
        try {
            return Files.readAttributes(ArticleReader.sidecarOf(file), BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // none: wire copy may go without
        }
    }

    private static long nanos(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
