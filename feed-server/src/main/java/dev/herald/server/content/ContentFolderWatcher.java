package dev.herald.server.content;

import dev.herald.core.model.Article;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadFailures;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.SiteConfig;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.ServerSite;
import dev.herald.server.content.ContentFolderScan.Signature;
import dev.herald.server.content.ContentFolderScan.Stamp;
import dev.herald.server.ownfiles.OwnFileLinks;
import dev.herald.server.store.ContentFileStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * With {@code HERALD_CONTENT_DIR}, keeps the store in step with a folder of article files: loaded
 * at start, then followed, so a created, edited or deleted file changes the live feeds within two
 * seconds. The operating system's change notices ({@link FolderEvents}) tell which files to read
 * again; a full look at every file's size and time runs every second as well, or less often for
 * a folder so large that looking takes longer than a twentieth of that, and catches what notices
 * miss. A broken file is logged with its problems and changes nothing: its articles stay as they
 * were until it reads again.
 */
@ApplicationScoped
public class ContentFolderWatcher {

    private static final Logger LOG = Logger.getLogger(ContentFolderWatcher.class);
    // articles stored at a time: a start over 100,000 files must not hold them all, and the
    // store's copies beside them, in memory at once
    private static final int STORE_BATCH = 1_000;

    private final HeraldConfig config;
    private final ArticleCatalog catalog;
    private final ArticleReader reader;
    /** The static folder's files, which are published as they are and never read as articles. */
    private final OwnFileLinks ownFiles;
    /** The ids each file gave when it last read without errors. */
    private final Map<Path, List<String>> idsByFile = new HashMap<>();
    /** Each file's modification time and size at the last look, to read only what changed. */
    private final Map<Path, Signature> lastSignatures = new HashMap<>();
    /** Paths below the folder that could not be read at the last look, each warned about once. */
    private final Set<Path> warnedUnreadable = new HashSet<>();
    /** Whether the folder was found bare at the last look, and said so. */
    private boolean warnedBare;
    /** How a full look is taken: a test stands in for a file system that refuses to be read. */
    private Scanner scanner = ContentFolderScan::of;
    /** Files seen changing that are still being written. */
    private final SettlingFiles settling = new SettlingFiles();
    private Thread watcher;
    private final ServerSite site;
    private final ContentFileStore readFiles;
    /** What was read from each file before this start; null until the folder is known. */
    private ReadFilesMemory memory;
    /** Files read since the start. */
    private long filesRead;

    public ContentFolderWatcher(HeraldConfig config, ServerSite site, ArticleCatalog catalog,
            ContentFileStore readFiles) {
        this.config = config;
        this.catalog = catalog;
        this.site = site;
        this.readFiles = readFiles;
        this.ownFiles = OwnFileLinks.of(site);
        this.reader = ArticleReader.forSite(site.settings()).checkingSiteLinks(ownFiles);
    }

    // the catalog holds the first batch until its index has loaded (start-up waits for the folder)
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        config.contentDir().map(Path::of).ifPresent(folder -> {
            if (!Files.isDirectory(folder)) {
                LOG.errorf("HERALD_CONTENT_DIR %s is not a folder; no content loaded", folder);
                return;
            }
            FolderEvents events = openEvents(folder);
            memory = new ReadFilesMemory(readFiles, folder, site);
            recall();
            Duration firstLook = sync(folder);
            LOG.infof("Content folder %s: %d article files, %d read (the others unchanged since the last run)", folder,
                    lastSignatures.size(), filesRead);
            watcher = new Thread(() -> follow(folder, events, firstLook), "herald-content-watcher");
            watcher.setDaemon(true);
            watcher.start();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    // files unchanged since the last run are not read again (a failure to recall: all are)
    private synchronized void recall() {
        try {
            memory.recall(lastSignatures, idsByFile);
        } catch (RuntimeException e) {
            LOG.warnf("every file of the content folder is read again: %s", e.getMessage());
            lastSignatures.clear();
            idsByFile.clear();
        }
    }

    private static FolderEvents openEvents(Path folder) {
        try {
            return FolderEvents.watch(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("no change notices for %s (%s): following it by full looks alone", folder, e.getMessage());
            return null;
        }
    }

    /**
     * Until interrupted: changed files as notices come, files held back while they were being
     * written once they have settled, and a full look when one is due.
     */
    private void follow(Path folder, FolderEvents events, Duration firstLook) {
        Duration lastLook = firstLook;
        long nextLook = System.nanoTime() + fullLookInterval(lastLook).toNanos();
        try (FolderEvents closing = events) {
            while (!Thread.currentThread().isInterrupted()) {
                long waitMillis = Math.min(TimeUnit.NANOSECONDS.toMillis(nextLook - System.nanoTime()), untilSettled());
                if (waitMillis > 0) {
                    FolderEvents.Changes changes = events == null ? sleep(waitMillis) : events.await(waitMillis);
                    if (changes.overflow()) {
                        nextLook = System.nanoTime();
                    } else if (!changes.isEmpty()) {
                        noticeSettingsChange(folder, changes.paths());
                        guarded(folder, () -> syncPaths(changes.paths()));
                    }
                }
                if (untilSettled() <= 0) {
                    guarded(folder, () -> syncPaths(heldBack()));
                }
                if (System.nanoTime() - nextLook >= 0) {
                    lastLook = guarded(folder, () -> sync(folder)).orElse(lastLook);
                    nextLook = System.nanoTime() + fullLookInterval(lastLook).toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("closing the change notices failed", e);
        }
    }

    // herald.yaml is read once, at start: an editor who saves it should not wait for a change
    private static void noticeSettingsChange(Path folder, Set<Path> paths) {
        Path settings = folder.resolve(SiteConfig.FILE_NAME).toAbsolutePath().normalize();
        if (paths.stream().anyMatch(path -> path.toAbsolutePath().normalize().equals(settings))) {
            LOG.warnf("%s changed: the server reads it at start, so restart it to apply the change", settings);
        }
    }

    /** Milliseconds until a held-back file may have settled; a day when none is held back. */
    private synchronized long untilSettled() {
        return settling.nextCheck().map(at -> Math.max(0, Duration.between(Instant.now(), at).toMillis() + 1))
                .orElse(TimeUnit.DAYS.toMillis(1));
    }

    private synchronized Set<Path> heldBack() {
        return settling.files();
    }

    /**
     * How long after a full look the next one is due: a second, or twenty times as long as the
     * look took, so that looking at a large folder costs at most a twentieth of a core.
     */
    static Duration fullLookInterval(Duration lastLook) {
        Duration scaled = lastLook.multipliedBy(20);
        return scaled.compareTo(Duration.ofSeconds(1)) > 0 ? scaled : Duration.ofSeconds(1);
    }

    private static FolderEvents.Changes sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return FolderEvents.Changes.NONE;
    }

    private static <T> Optional<T> guarded(Path folder, Supplier<T> look) {
        try {
            return Optional.of(look.get());
        } catch (RuntimeException e) {
            // the next look tries again; a failed look must not end the watcher
            LOG.error("cannot read the content folder " + folder, e);
            return Optional.empty();
        }
    }

    /**
     * A full look: reads the files that are new or changed since the last look and stores what
     * changed. Returns how long looking at the files took, reading them aside.
     */
    synchronized Duration sync(Path folder) {
        long started = System.nanoTime();
        Set<Path> unreadable = new HashSet<>();
        Map<Path, Signature> current = scanner.scan(folder, unreadable);
        current.keySet().removeIf(ownFiles::holds);
        Duration looked = Duration.ofNanos(System.nanoTime() - started);
        Set<Path> gone = new HashSet<>(lastSignatures.keySet());
        gone.removeAll(current.keySet());
        // a folder that cannot be read now (its permissions changed) is no deletion of its articles
        gone.removeIf(file -> unreadable.stream().anyMatch(file::startsWith));
        warnOnce(unreadable);
        if (current.isEmpty() && !gone.isEmpty() && isBare(folder)) {
            // nothing at all in it, not even herald.yaml or a subfolder: a volume not mounted (yet),
            // not an editor's deletions, which notices bring file by file
            if (!warnedBare) {
                LOG.warnf("%s holds nothing at all now (a volume not mounted?): the articles of its %d files are kept"
                        + " until something is in it again", folder, gone.size());
            }
            warnedBare = true;
            return looked;
        }
        warnedBare = false;
        apply(current, gone);
        return looked;
    }

    private static boolean isBare(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (NoSuchFileException e) {
            return true; // the mount point itself gone
        } catch (IOException e) {
            return false; // unreadable: the scan has said so, and its articles are kept
        }
    }

    /** A full look at a folder: its article files, and what below it could not be read. */
    interface Scanner {
        Map<Path, Signature> scan(Path folder, Set<Path> unreadable);
    }

    /** Takes full looks with {@code scanner} from now on (for tests: root reads every folder). */
    synchronized void scanWith(Scanner scanner) {
        this.scanner = scanner;
    }

    // each unreadable path once, until it can be read again
    private void warnOnce(Set<Path> unreadable) {
        for (Path path : unreadable) {
            if (warnedUnreadable.add(path)) {
                LOG.warn(path + ": cannot be read (permission denied?); the articles it held are kept as they were,"
                        + " and what it holds now is not read, until it can be");
            }
        }
        warnedUnreadable.retainAll(unreadable);
    }

    /** Looks again at the article files at or below the paths that notices named; returns how many. */
    synchronized int syncPaths(Set<Path> paths) {
        Map<Path, Signature> current = new HashMap<>();
        Set<Path> gone = new HashSet<>();
        for (Path file : affectedFiles(paths)) {
            if (ownFiles.holds(file)) {
                continue;
            }
            ContentFolderScan.format(file).ifPresent(format -> {
                Signature signature = ContentFolderScan.of(file, format);
                if (signature.file() != Stamp.ABSENT) {
                    current.put(file, signature);
                } else if (lastSignatures.containsKey(file) && Files.notExists(file)) {
                    gone.add(file); // not when it is there but cannot be looked at
                }
            });
        }
        apply(current, gone);
        return current.size() + gone.size();
    }

    /**
     * The article files a notice may concern: the path itself, the wire copy of a sidecar, and
     * for a folder created, deleted or moved, the files known below it and those now in it.
     */
    private Set<Path> affectedFiles(Set<Path> paths) {
        Set<Path> files = new HashSet<>();
        for (Path path : paths) {
            Optional<Path> wireCopy = ArticleReader.wireCopyOf(path); // (a STORY.TXT waits for a full look)
            if (wireCopy.isPresent()) {
                files.add(wireCopy.get());
            } else if (ContentFolderScan.format(path).isPresent()) {
                files.add(path);
            } else if (!ContentFolderScan.isHidden(path)) {
                lastSignatures.keySet().stream().filter(known -> known.startsWith(path)).forEach(files::add);
                if (Files.isDirectory(path) && Files.isReadable(path)) {
                    files.addAll(ContentFolderScan.of(path).keySet());
                } // one that cannot be read is named by the next full look, and what it held is kept
            }
        }
        return files;
    }

    private void apply(Map<Path, Signature> current, Set<Path> gone) {
        Instant now = Instant.now();
        Map<String, Path> read = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        List<Path> readNow = new ArrayList<>();
        for (Map.Entry<Path, Signature> file : current.entrySet()) {
            if (file.getValue().equals(lastSignatures.get(file.getKey()))
                    || !settling.settled(file.getKey(), file.getValue(), now)) {
                continue; // unchanged, or still being written: looked at again once it has settled
            }
            lastSignatures.put(file.getKey(), file.getValue());
            readFile(file.getKey(), file.getValue(), articles, read, dropped);
            readNow.add(file.getKey());
            filesRead++;
            if (articles.size() >= STORE_BATCH) {
                store(articles, read);
                articles.clear();
                read.clear();
                if (dropped.isEmpty()) {
                    remember(readNow, Set.of()); // (ids a file no longer has are deleted at the end: remembered then)
                }
            }
        }
        for (Path file : gone) {
            settling.forget(file);
            lastSignatures.remove(file);
            dropped.addAll(idsByFile.getOrDefault(file, List.of()));
            idsByFile.remove(file);
        }
        if (!dropped.isEmpty()) {
            idsByFile.values().forEach(ids -> ids.forEach(dropped::remove)); // an article that moved to another file stays
        }
        store(articles, read);
        catalog.deleteFromFolder(dropped);
        remember(readNow, gone);
    }

    // after the store has the articles: a crash before this reads the files again, never loses them
    private void remember(List<Path> readNow, Set<Path> gone) {
        Map<Path, Signature> read = new HashMap<>();
        for (Path file : readNow) {
            Signature signature = lastSignatures.get(file);
            if (signature != null) {
                read.put(file, signature); // a file written to while it was read is read again
            }
        }
        readNow.clear();
        if (memory == null) {
            return;
        }
        try {
            memory.remember(read, idsByFile, gone);
        } catch (RuntimeException e) {
            LOG.warnf("the content folder's files will be read again at the next start: %s", e.getMessage());
        }
    }

    /** Stores what files gave; an id the write API owns stays the API's, and the file is told so. */
    private void store(List<Article> articles, Map<String, Path> read) {
        for (String id : catalog.putFromFolder(articles)) {
            Path file = read.get(id);
            LOG.warnf("%s: the article \"%s\" was written through the write API, which owns it; this file's copy is"
                    + " not published (delete it through the API, or give the file another id)", file, id);
            List<String> ids = new ArrayList<>(idsByFile.getOrDefault(file, List.of()));
            ids.remove(id);
            idsByFile.put(file, List.copyOf(ids));
        }
    }

    /**
     * Adds the file's articles to {@code articles} (each id to {@code read}, with its file) and
     * the ids it no longer has to {@code dropped}. A file that cannot be read, or that changed
     * while it was read, changes nothing: it is read again when it changes, or has settled.
     */
    private void readFile(Path file, Signature signature, List<Article> articles, Map<String, Path> read,
            Set<String> dropped) {
        ReadResult result;
        try {
            result = reader.read(file);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf("%s: cannot be read (%s); skipped until it changes", file, ReadFailures.describe(e));
            return;
        }
        if (!signature.equals(ContentFolderScan.format(file).map(format -> ContentFolderScan.of(file, format))
                .orElse(null))) {
            lastSignatures.remove(file); // written to while it was read: the next look reads it whole
            return;
        }
        result.problems().forEach(ContentFolderWatcher::log);
        if (result.hasErrors() && idsByFile.containsKey(file)) {
            return; // broken now: its articles stay as they were until it reads again
        }
        List<String> ids = result.articleList().stream().map(Article::id).toList();
        for (String id : idsByFile.getOrDefault(file, List.of())) {
            if (!ids.contains(id)) {
                dropped.add(id);
            }
        }
        articles.addAll(result.articleList());
        ids.forEach(id -> read.put(id, file));
        idsByFile.put(file, ids);
    }

    private static void log(Problem problem) {
        if (problem.isError()) {
            LOG.error(problem.toString());
        } else {
            LOG.warn(problem.toString());
        }
    }
}
