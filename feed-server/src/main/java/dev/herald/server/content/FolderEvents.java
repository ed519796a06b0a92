package dev.herald.server.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.herald.core.io.FolderTrees;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's change notices for a folder and every folder below it (inotify on
 * Linux), so that an edit shows without looking at every file. Hidden folders are not watched,
 * as they hold no articles. Notices can be lost (too many at once, or a file system that sends
 * none, such as most network mounts): the watcher's full looks remain the safety net.
 */
final class FolderEvents implements Closeable {

    /** What changed since the last call: paths of files or folders, or too much to tell. */
    record Changes(Set<Path> paths, boolean overflow) {

        static final Changes NONE = new Changes(Set.of(), false);

        boolean isEmpty() {
            return paths.isEmpty() && !overflow;
        }
    }

    // after the first notice, more that follow within this long join the same batch: an editor's
    // save is often several (a temporary file, a rename, a change of times)
    private static final long SETTLE_MILLIS = 50;
    private static final long MAX_BATCH_MILLIS = 500;

    private final WatchService service;

    private FolderEvents(WatchService service) {
        this.service = service;
    }

    /** Starts watching {@code folder} and the folders below it. */
    static FolderEvents watch(Path folder) throws IOException {
        WatchService service = folder.getFileSystem().newWatchService();
        FolderEvents events = new FolderEvents(service);
        try {
            events.registerTree(folder, folder);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        return events;
    }

    /** Waits up to {@code timeoutMillis} for a change, then gathers what else comes with it. */
    Changes await(long timeoutMillis) throws InterruptedException {
        WatchKey key = service.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (key == null) {
            return Changes.NONE;
        }
        Set<Path> paths = new HashSet<>();
        boolean overflow = false;
        long batchEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BATCH_MILLIS);
        while (key != null) {
            overflow |= take(key, paths);
            key = System.nanoTime() < batchEnd ? service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS) : null;
        }
        return new Changes(paths, overflow);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /** Adds the key's changed paths; true when notices were lost. */
    private boolean take(WatchKey key, Set<Path> paths) {
        Path dir = (Path) key.watchable();
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            paths.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path, null);
                } catch (IOException e) {
                    overflow = true; // a folder not watched: only a full look can tell what is in it
                }
            }
        }
        // a folder deleted or moved away invalidates its key: nothing more to hear from it
        key.reset();
        return overflow;
    }

    /** Registers {@code top} and the folders below it, skipping hidden ones other than {@code root}. */
    private void registerTree(Path top, Path root) throws IOException {
        FolderTrees.walk(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && ContentFolderScan.isHidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone already; its parent's notice said so
            }
        });
    }
}
