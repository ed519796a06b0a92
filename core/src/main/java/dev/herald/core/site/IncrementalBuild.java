package dev.herald.core.site;

import dev.herald.core.io.AtomicFolder;
import dev.herald.core.io.FolderLock;
import dev.herald.core.io.OutputFolders;
import dev.herald.core.io.SiteUpdate;
import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.Article;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
     */
    public record Outcome(AtomicFolder.Outcome files, boolean incremental, String fullBecause, int sourcesRead,
            int sourceFiles) {
    }

    private final Path site;
    private final Path stateFile;
    private final Map<String, String> fingerprint;
    private final CompletableFuture<BuildStateFile.Loaded> loading;
    private final SourceCache sources;
    private final FolderLock lock;

    private IncrementalBuild(Path site, Map<String, String> fingerprint, CompletableFuture<BuildStateFile.Loaded> loading,
            FolderLock lock) {
        this.site = site;
        this.lock = lock;
        this.stateFile = BuildStateFile.fileOf(site);
        this.fingerprint = Map.copyOf(fingerprint);
        this.loading = loading;
        this.sources = new SourceCache(loading.thenApply(loaded -> loaded.state() == null ? Map.of() : loaded.state().sources()));
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
            return new IncrementalBuild(absolute, fingerprint,
                    CompletableFuture.completedFuture(new BuildStateFile.Loaded(null, null)), lock);
        }
        CompletableFuture<BuildStateFile.Loaded> loading = new CompletableFuture<>();
        Map<String, String> expected = withFolder(fingerprint, absolute);
        Thread reader = new Thread(() -> loading.complete(BuildStateFile.read(BuildStateFile.fileOf(absolute), expected)),
                "herald-build-state");
        reader.setDaemon(true);
        reader.start();
        return new IncrementalBuild(absolute, fingerprint, loading, lock);
    }

    /** Lets another build of the folder go ahead. */
    @Override
    public void close() throws IOException {
        lock.close();
    }

    /** The source files, read or taken from the last build: read every input through these. */
    public SourceCache sources() {
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
            ArticleReader reader, boolean force, Progress progress) throws IOException {
        Stability stability = Stability.of(sources.sources().values(), now);
        BuildState previous = loading.join().state();
        if (previous == null) {
            return full(builder, shown, own, stability, loading.join().unusable(), force, progress);
        }
        Set<String> damaged = missingOrResized(previous);
        if (sources.unchanged() && previous.stableFrom().equals(stability.from())
                && previous.stableUntil().equals(stability.until())
                && ownFilesUnchanged(previous, StaticSiteBuilder.ownFileKeys(own)) && damaged.isEmpty()) {
            // nothing that shapes the site changed: not even the plan is needed
            return new Outcome(new AtomicFolder.Outcome(previous.outputs().size(), 0, 0), true, null, 0,
                    previous.sources().size());
        }
        SitePlan plan = builder.plan(shown, own, sources.digests(), sources.withBody(reader));
        Map<String, String> keys = plan.keys();
        Set<String> stale = keys.entrySet().stream()
                .filter(file -> !Objects.equals(keyOf(previous.outputs().get(file.getKey())), file.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        stale.addAll(damaged); // those the site no longer has are among the removed
        List<String> removed = previous.outputs().keySet().stream().filter(file -> !keys.containsKey(file)).sorted().toList();
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        AtomicFolder.Outcome files = SiteUpdate.apply(site, removed,
                output -> sizes.putAll(plan.write(stale, output, progress)),
                file -> BuildStateFile.write(state(keys, sizes, previous.outputs(), stability), file), stateFile, keys.size());
        return new Outcome(files, true, null, sources.filesRead(), sources.sources().size());
    }

    private Outcome full(StaticSiteBuilder builder, List<Article> shown, StaticFiles own, Stability stability,
            String fullBecause, boolean force, Progress progress) throws IOException {
        SitePlan plan = builder.plan(shown, own, sources.digests(), Function.identity()); // everything was read
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        // the old state describes the old folder: gone before the folder changes, so a build killed
        // after the swap is a full one next time too
        Files.deleteIfExists(stateFile);
        AtomicFolder.Outcome files = AtomicFolder.replace(site, force, output -> sizes.putAll(plan.writeAll(output, progress)));
        BuildStateFile.write(state(plan.keys(), sizes, Map.of(), stability), stateFile);
        return new Outcome(files, false, fullBecause, sources.filesRead(), sources.sources().size());
    }

    // each file's key, and its size as written now or, for a file not written, as it was
    private BuildState state(Map<String, String> keys, Map<String, Long> written, Map<String, BuildState.Output> before,
            Stability stability) {
        Map<String, BuildState.Output> outputs = new HashMap<>();
        keys.forEach((file, key) -> {
            Long size = written.get(file);
            outputs.put(file, new BuildState.Output(key, size != null ? size : before.get(file).size()));
        });
        return new BuildState(withFolder(fingerprint, site), stability.from(), stability.until(), sources.sources(),
                outputs);
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

    private static boolean ownFilesUnchanged(BuildState previous, Map<String, String> ownKeys) {
        return ownKeys.entrySet().stream()
                .allMatch(own -> own.getValue().equals(keyOf(previous.outputs().get(own.getKey()))));
    }

    // the files of the site deleted or changed by hand since the last build: written again
    private Set<String> missingOrResized(BuildState previous) {
        return previous.outputs().keySet().parallelStream().filter(file -> {
            try {
                return Files.size(site.resolve(file)) != previous.outputs().get(file).size();
            } catch (IOException e) {
                return true;
            }
        }).collect(Collectors.toSet());
    }

    private static String keyOf(BuildState.Output output) {
        return output == null ? null : output.key();
    }

}
