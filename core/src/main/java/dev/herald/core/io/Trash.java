package dev.herald.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The old versions of the files an update of a site replaced or removed, kept beside it ({@code
 * .NAME.herald-trash}) until the next build deletes them on a thread of its own while it reads and
 * plans. Freeing a file's blocks is the slow part of replacing it where the file system hands them
 * back to the disk at once (ext4 mounted with {@code discard} and no journal: 0.1–0.3 ms a file,
 * where a rename that leaves the old file a second link takes 0.02 ms): seconds of a rebuild that
 * moves thousands of archive documents (bench/RESULTS.md, session 30). Only links are made and
 * deleted here, never a file written: an old version stays as it was for a reader that has it
 * open, and one hard-linked from a source is only unlinked. Nothing in the trash is needed:
 * deleting it is always safe.
 */
public final class Trash {

    private final Path folder;
    private static final AtomicInteger UPDATES = new AtomicInteger();

    // this update's names, unlike those of any other: builds of a folder take turns, each in a JVM
    // of its own started a millisecond or more after the last, and a killed update's recovery and
    // the update after it share a JVM
    private final String prefix = Long.toString(System.currentTimeMillis(), 36) + "-" + UPDATES.incrementAndGet() + "-";
    private final AtomicInteger count = new AtomicInteger();

    Trash(Path site) {
        this.folder = folderOf(site);
    }

    static Path folderOf(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".herald-trash");
    }

    /** Makes the trash folder, before the first file is kept or taken. */
    void open() throws IOException {
        Files.createDirectories(folder);
    }

    /**
     * Keeps {@code file}'s old version in the trash before something takes its place: a second
     * link, so that the rename over it only drops one. Nothing is kept when there is no file (or
     * a folder), and where the file system has no hard links the rename frees it as before.
     */
    void keep(Path file) {
        try {
            Files.createLink(nextName(), file);
        } catch (IOException | UnsupportedOperationException e) {
            // nothing to keep, or no link to be had: the rename over it frees it
        }
    }

    /** Moves {@code file} (or a folder) into the trash; nothing when there is none. */
    void take(Path file) throws IOException {
        try {
            Files.move(file, nextName(), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // deleted before the build was killed
        }
    }

    private Path nextName() {
        return folder.resolve(prefix + count.getAndIncrement());
    }

    /**
     * Starts deleting what earlier updates of {@code site} left in its trash, and then the trash
     * folder, on a thread of its own. A file that cannot be deleted, or is not yet when the
     * deletion is stopped, is left for the next build.
     */
    public static Emptying empty(Path site) {
        Emptying emptying = new Emptying(folderOf(site));
        if (Files.isDirectory(emptying.folder)) {
            emptying.thread.start();
        }
        return emptying;
    }

    /** The deletion of the trash's content, started by {@link #empty}. */
    public static final class Emptying {

        private final Path folder;
        private final Thread thread = new Thread(this::deleteAll, "herald-trash");
        private volatile boolean stopped;

        private Emptying(Path folder) {
            this.folder = folder;
            thread.setDaemon(true);
        }

        /** Waits until the trash is empty. */
        public void await() throws IOException {
            try {
                if (thread.isAlive()) {
                    thread.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while old files were deleted");
            }
        }

        /** Stops the deletion after the file it is deleting, and waits for that. */
        public void stop() throws IOException {
            stopped = true;
            await();
        }

        private void deleteAll() {
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        return deleted(file);
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        return deleted(dir);
                    }
                });
            } catch (IOException e) {
                // left for the next build
            }
        }

        // one that cannot be deleted (nor the folders that hold it) is left for the next build
        private FileVisitResult deleted(Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // left
            }
            return stopped ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }
    }
}
