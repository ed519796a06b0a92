package dev.herald.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The old versions of the files an update of a site replaced or removed, kept beside it ({@code
 * .NAME.herald-trash}, a folder per update) until a later build needs them no more. Freeing a
 * file's blocks is the slow part of replacing it where the file system hands them back to the disk
 * at once (ext4 mounted with {@code discard} and no journal: 0.1–0.3 ms a file, where a rename that
 * leaves the old file a second link takes 0.02 ms): seconds of a rebuild that moves thousands of
 * archive documents (bench/RESULTS.md, session 30). The next build offers the last update's old
 * versions as {@link SpareFiles} for its new files, and deletes everything else on a thread of its
 * own while it reads and plans: what an update leaves unused goes at the build after it. Only links
 * are made and deleted here: an old version stays as it was for a reader that has it open until
 * the next build, and one hard-linked from a source is only ever unlinked. Nothing in the trash is
 * needed: deleting it is always safe.
 */
public final class Trash {

    private static final AtomicInteger UPDATES = new AtomicInteger();
    private static final Pattern UPDATE = Pattern.compile("(\\d{1,18})-(\\d{1,9})");
    private static final Comparator<Path> UPDATE_ORDER = Comparator.comparingLong((Path update) -> namePart(update, 1))
            .thenComparingLong(update -> namePart(update, 2));

    private final Path folder;
    // this update's folder in the trash, named unlike any other's and after every earlier one's:
    // builds of a folder take turns, each in a JVM of its own started a millisecond or more after
    // the last, and a killed update's recovery and the update after it share a JVM
    private final Path update;
    private final AtomicInteger count = new AtomicInteger();

    Trash(Path site) {
        this.folder = folderOf(site);
        this.update = folder.resolve(System.currentTimeMillis() + "-" + UPDATES.incrementAndGet());
    }

    Path folder() {
        return folder;
    }

    static Path folderOf(Path site) {
        return site.resolveSibling("." + site.getFileName() + ".herald-trash");
    }

    /** Makes this update's folder in the trash, before the first file is kept or taken. */
    void open() throws IOException {
        Files.createDirectories(update);
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
        return update.resolve(Integer.toString(count.getAndIncrement()));
    }

    /**
     * Starts sorting what earlier updates of {@code site} left in its trash on a thread of its own:
     * the last update's old versions are kept as {@link SpareFiles}, everything else is deleted.
     * A file that cannot be deleted, or is not yet when the deletion is stopped, is left for the
     * next build.
     */
    public static Emptying empty(Path site) {
        Emptying emptying = new Emptying(folderOf(site));
        if (Files.isDirectory(emptying.folder, LinkOption.NOFOLLOW_LINKS)) {
            emptying.thread.start();
        } else {
            try {
                // a link (or a file) where the trash goes: only it, never what it leads to
                Files.deleteIfExists(emptying.folder);
            } catch (IOException e) {
                // left; the update fails to make its folder there and says so
            }
        }
        return emptying;
    }

    /** The sorting of the trash's content, started by {@link #empty}. */
    public static final class Emptying {

        private final Path folder;
        private final SpareFiles spares;
        private final Thread thread = new Thread(this::sort, "herald-trash");
        private volatile boolean stopped;

        private Emptying(Path folder) {
            this.folder = folder;
            this.spares = new SpareFiles(folder);
            thread.setDaemon(true);
        }

        /** Waits until the trash holds only spares. */
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

        /** The spares the trash holds, once {@link #await} returned. */
        public SpareFiles spares() {
            return spares;
        }

        /** Stops the deletion after the file it is deleting, and waits for that. */
        public void stop() throws IOException {
            stopped = true;
            await();
        }

        private void sort() {
            try (Stream<Path> listed = Files.list(folder)) {
                List<Path> entries = listed.toList();
                Path last = entries.stream().filter(Trash::isUpdate).max(UPDATE_ORDER).orElse(null);
                boolean kept = last != null && keptSpares(last);
                for (Path entry : entries) {
                    if (!entry.equals(last) && !stopped) {
                        deleteAll(entry);
                    }
                }
                if (!kept && !stopped) {
                    deleteAll(folder);
                }
            } catch (IOException | UncheckedIOException e) {
                // left for the next build
            }
        }

        // whether any was kept
        private boolean keptSpares(Path update) throws IOException {
            boolean kept = false;
            try (Stream<Path> files = Files.list(update)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (spares.offer(file)) {
                        kept = true;
                    } else if (!stopped) {
                        deleteAll(file); // a folder, or a file a source links too
                    }
                }
            }
            return kept;
        }

        private void deleteAll(Path top) throws IOException {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
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

    private static boolean isUpdate(Path entry) {
        return UPDATE.matcher(entry.getFileName().toString()).matches() && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
    }

    // an update folder's name: the millisecond it started, then its number in that JVM
    private static long namePart(Path update, int part) {
        Matcher name = UPDATE.matcher(update.getFileName().toString());
        name.matches();
        return Long.parseLong(name.group(part));
    }
}
