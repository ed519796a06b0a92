package dev.herald.core.site;

import dev.herald.core.io.AtomicFolder;
import dev.herald.core.io.FolderLock;
import dev.herald.core.io.InputResolver;
import dev.herald.core.io.OutputFolders;
import dev.herald.core.io.SiteUpdate;
import dev.herald.core.io.StaticFiles;
import dev.herald.core.io.Trash;
import dev.herald.core.model.Article;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A build of a site folder that renders only what changed since the last one, by the {@link
 * BuildState} kept beside the folder: source files that did not change are not read, and only the
 * files whose {@link OutputKey key} changed (or that are missing or of another size on the disk)
 * are written, in place, through a {@link SiteUpdate}. Without a usable state (none yet, another
 * fingerprint, unreadable) the build is a full one into a new folder ({@link AtomicFolder}) and
 * says why. Either way a build killed at any moment leaves a site the next build finishes right.
 */
public final class IncrementalBuild implements AutoCloseable {

    /**
     * What a build did.
     *
     * @param files        the files of the site, how many changed, how many were removed
     * @param incremental  whether only what changed was read and written
     * @param fullBecause  why a full build was needed where a site was built before, or null
     * @param sourcesRead  how many source files were read, not taken from the state
     * @param sourceFiles  how many source files there are
     * @param summary      what the build published and held back
     */
    public record Outcome(AtomicFolder.Outcome files, boolean incremental, String fullBecause, int sourcesRead,
            int sourceFiles, BuildState.Summary summary) {
    }

    private final Path site;
    private final Path stateFile;
    private final Map<String, String> fingerprint;
    /** The fingerprint, with the folder's, that the state is read under; null for a first build. */
    private final Map<String, String> readUnder;
    private final StateReading state;
    private final SourceCache sources;
    private final FolderLock lock;
    private final Trash.Emptying trash;

    private IncrementalBuild(Path site, Map<String, String> fingerprint, Map<String, String> readUnder,
            StateReading state, FolderLock lock) {
        this.site = site;
        this.lock = lock;
        // the old versions the last update replaced, kept for this build's new files to be written
        // into, and the rest of the trash deleted while this build reads and plans: its writing
        // waits for that (freeing blocks beside it slowed the writing more than it spared)
        this.trash = Trash.empty(site);
        this.stateFile = BuildStateFile.fileOf(site);
        this.fingerprint = Map.copyOf(fingerprint);
        this.readUnder = readUnder;
        this.state = state;
        this.sources = new SourceCache(state.sources());
    }

    /**
     * Prepares a build of {@code site}: locks it (one build of a folder at a time; {@code waiting}
     * runs if another holds it), clears or finishes what a killed build of it left, then starts
     * reading its state, which the build waits for when it first needs it (a large site's state is
     * read while its source folder is listed). Close it when the build is done.
     *
     * @param fingerprint what shapes every output, part by part (see {@link BuildFingerprint})
     */
    public static IncrementalBuild of(Path site, Map<String, String> fingerprint, Runnable waiting) throws IOException {
        Path absolute = site.toAbsolutePath().normalize();
        FolderLock lock = FolderLock.acquire(absolute, waiting);
        try {
            AtomicFolder.recover(absolute);
            SiteUpdate.recover(absolute);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        if (!Files.isRegularFile(absolute.resolve(OutputFolders.MARKER))) {
            // a first build: nothing to say
            return new IncrementalBuild(absolute, fingerprint, null, StateReading.none(), lock);
        }
        Map<String, String> readUnder = withFolder(fingerprint, absolute);
        return new IncrementalBuild(absolute, fingerprint, readUnder, StateReading.start(absolute, readUnder), lock);
    }

    /**
     * Why this build will be a full one, known before any source is read: there is no site yet,
     * or no build state, or one made under another fingerprint (another Herald, other settings or
     * options). Empty when the state's fingerprint is this build's; a state damaged further on is
     * only found out while it is read, and that build is a full one too.
     */
    public Optional<String> fullAhead() {
        if (readUnder == null) {
            return Optional.of("there is no site to update");
        }
        return Optional.ofNullable(BuildStateFile.refusedFingerprint(stateFile, readUnder));
    }

    /** Lets another build of the folder go ahead. */
    @Override
    public void close() throws IOException {
        state.stop();
        try {
            trash.stop(); // a build that wrote nothing leaves the rest to the next one
        } finally {
            lock.close();
        }
    }

    /**
     * What the last build did, when nothing that shapes the site changed since: the same source
     * files with the same stamps, all of them free of problems then, the same articles public at
     * {@code now}, the same own files, and every file of the site as the last build left it. Only
     * the head of the build state is needed to tell, not the articles it holds.
     *
     * @param files the source files, as a listing of the source folder gave them
     */
    public Optional<Outcome> unchanged(List<InputResolver.FileInput> files, StaticFiles own, Instant now) {
        BuildState.Head head = state.head();
        if (head == null || !head.summary().clean() || head.stamps().size() != files.size()) {
            return Optional.empty();
        }
        boolean sameFiles = files.parallelStream().allMatch(file -> {
            BuildState.Stamp stamp = SourceCache.stamp(file.path(), file.listed());
            return stamp != null && stamp.equals(head.stamps().get(file.path().toString()));
        });
        if (!sameFiles || !siteAsLeft(head.stableFrom(), head.stableUntil(), head.outputs(), own, now)) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(new AtomicFolder.Outcome(head.outputs().size(), 0, 0), true, null, 0, files.size(),
                head.summary()));
    }

    /** The source files, read or taken from the last build: read every input through these. */
    public SourceCache sources() {
        state.readAll();
        return sources;
    }

    /**
     * Writes the site of {@code shown}, the articles public at {@code now} among those read
     * through {@link #sources()}.
     *
     * @param force  replace a folder Herald did not write (a full build only; an incremental one
     *               has Herald's folder)
     * @param reader what read the sources, to read an unchanged file again for its body
     */
    public Outcome write(StaticSiteBuilder builder, List<Article> shown, StaticFiles own, Instant now,
            ArticleReader reader, BuildState.Summary summary, boolean force, Progress progress) throws IOException {
        Stability stability = Stability.of(sources.sources().values(), now);
        BuildState previous = state.whole().state();
        if (previous == null) {
            return full(builder, shown, own, reader, stability, summary, state.whole().unusable(), force, progress);
        }
        if (sources.unchanged() && previous.summary().equals(summary)
                && siteAsLeft(previous.stableFrom(), previous.stableUntil(), previous.outputs(), own, now)) {
            // the sources as they were, with the problems they had (which kept it from unchanged()):
            // not even the plan is needed
            return new Outcome(new AtomicFolder.Outcome(previous.outputs().size(), 0, 0), true, null, 0,
                    previous.sources().size(), summary);
        }
        Set<String> asLeft = new HashSet<>(previous.outputs().keySet());
        asLeft.removeAll(state.damaged());
        SitePlan plan = builder.plan(shown, own, sources.digests(), sources.withBody(reader),
                OldEntries.in(site, asLeft, sources.entryPrints()));
        Map<String, String> keys = plan.keys();
        // on both cores: 135,024 files' keys at 100,000 articles, each looked up in the last state
        Set<String> stale = List.copyOf(keys.keySet()).parallelStream()
                .filter(file -> !Objects.equals(keyOf(previous.outputs().get(file)), keys.get(file)))
                .collect(Collectors.toCollection(HashSet::new));
        stale.addAll(state.damaged()); // those the site no longer has are among the removed
        List<String> removed = previous.outputs().keySet().parallelStream().filter(file -> !keys.containsKey(file))
                .sorted().toList();
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        trash.await();
        AtomicFolder.Outcome files = SiteUpdate.apply(site, removed, trash.spares(),
                output -> sizes.putAll(plan.write(stale, name -> sizeOf(previous.outputs().get(name)), output, progress)),
                file -> BuildStateFile.write(state(keys, sizes, previous.outputs(), plan.entryPrints(), stability, summary),
                        file), stateFile,
                keys.size());
        return new Outcome(files, true, null, sources.filesRead(), sources.sources().size(), summary);
    }

    private Outcome full(StaticSiteBuilder builder, List<Article> shown, StaticFiles own, ArticleReader reader,
            Stability stability, BuildState.Summary summary, String fullBecause, boolean force, Progress progress)
            throws IOException {
        // everything was read; bodies packed to spare the heap are unpacked
        SitePlan plan = builder.plan(shown, own, sources.digests(), sources.withBody(reader));
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        // the old state describes the old folder: gone before the folder changes, so a build killed
        // after the swap is a full one next time too
        Files.deleteIfExists(stateFile);
        trash.await();
        AtomicFolder.Outcome files = AtomicFolder.replace(site, force, SitePaths::isGeneratedFile,
                output -> sizes.putAll(plan.writeAll(output, progress)));
        BuildStateFile.write(state(plan.keys(), sizes, Map.of(), plan.entryPrints(), stability, summary), stateFile);
        return new Outcome(files, false, fullBecause, sources.filesRead(), sources.sources().size(), summary);
    }

    // each file's key, and its size as written now or, for a file not written, as it was
    private BuildState state(Map<String, String> keys, Map<String, Long> written, Map<String, BuildState.Output> before,
            EntryPrints prints, Stability stability, BuildState.Summary summary) {
        // the sources' prints gathered on the other core while the files' map is made (100,000
        // sources and 135,000 files at 100,000 articles)
        CompletableFuture<Map<String, BuildState.Source>> sourcesNow = CompletableFuture.supplyAsync(
                () -> sources.sources(prints));
        Map<String, BuildState.Output> outputs = new HashMap<>(keys.size() * 4 / 3 + 1);
        keys.forEach((file, key) -> {
            Long size = written.get(file);
            outputs.put(file, new BuildState.Output(key, size != null ? size : before.get(file).size()));
        });
        return new BuildState(withFolder(fingerprint, site), stability.from(), stability.until(), summary,
                sourcesNow.join(), outputs);
    }

    /**
     * The fingerprint with the site folder's identity (its inode): a state is only good for the
     * folder it describes, not for one put in its place (restored from a backup, copied from
     * elsewhere). A full build's folder is new, so its state is written after the swap.
     */
    private static Map<String, String> withFolder(Map<String, String> fingerprint, Path site) {
        Map<String, String> parts = new HashMap<>(fingerprint);
        try {
            parts.put("the site folder", Objects.toString(Files.readAttributes(site, BasicFileAttributes.class).fileKey()));
        } catch (IOException e) {
            parts.put("the site folder", "none");
        }
        return parts;
    }

    /**
     * Whether the site is as the last build left it, for the same sources: the articles public at
     * {@code now} are those it showed (no publish or expiry instant passed), the own files are the
     * same, and every file of the site is there with its size (looked at while the sources were
     * listed).
     */
    private boolean siteAsLeft(Instant stableFrom, Instant stableUntil, Map<String, BuildState.Output> outputs,
            StaticFiles own, Instant now) {
        return !now.isBefore(stableFrom) && now.isBefore(stableUntil)
                && StaticSiteBuilder.ownFileKeys(own).entrySet().stream()
                        .allMatch(file -> file.getValue().equals(keyOf(outputs.get(file.getKey()))))
                && state.damaged().isEmpty();
    }

    private static long sizeOf(BuildState.Output output) {
        return output == null ? 0 : output.size();
    }

    private static String keyOf(BuildState.Output output) {
        return output == null ? null : output.key();
    }

}
