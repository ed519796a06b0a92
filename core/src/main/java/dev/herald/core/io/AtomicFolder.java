package dev.herald.core.io;

import dev.herald.core.HeraldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a folder only when its new content is complete: the content is written into a
 * temporary folder beside the target, which then takes the target's place. A failure leaves the
 * target as it was. A file whose bytes did not change is the old file, hard-linked into the new
 * folder (or, where the file system has no hard links, a copy with the old modification time), so
 * rsync and CDNs see only real changes and a rebuild writes only what changed; a build that
 * changes nothing leaves the target alone. The folder is marked as Herald's ({@link
 * OutputFolders#MARKER}); a target that is not empty and not marked is never replaced unless forced,
 * so a mistyped {@code --out} cannot delete someone's files. Files of the old folder that are not
 * Herald's ({@link ForeignFiles}) are kept, and a version-control repository at the top of the old
 * folder (a site published with Git) moves into the new one.
 */
public final class AtomicFolder {

    /** What writes the new content, file by file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Output output) throws IOException;
    }

    /** Where content goes: each file by its path inside the folder. Thread-safe. */
    @FunctionalInterface
    public interface Output {
        /**
         * Writes the first {@code length} bytes of {@code bytes}, an array the caller fills again
         * once this returns: an output that keeps them copies them.
         */
        void write(Path relative, byte[] bytes, int length) throws IOException;

        /** Writes all of {@code bytes}. */
        default void write(Path relative, byte[] bytes) throws IOException {
            write(relative, bytes, bytes.length);
        }

        /** Puts a copy of an existing file there, as it is; by default its bytes are written. */
        default void copy(Path relative, Path source) throws IOException {
            write(relative, Files.readAllBytes(source));
        }
    }

    /** What a replacement did. */
    public record Outcome(int files, int changed, int removed) {

        public boolean unchanged() {
            return changed == 0 && removed == 0;
        }
    }

    private AtomicFolder() {
    }

    /** Replaces {@code target}, which must be missing, empty or marked as Herald's, and all in it. */
    public static Outcome replace(Path target, Content content) throws IOException {
        return replace(target, false, content);
    }

    /** Replaces {@code target} and all in it with what {@code content} writes. */
    public static Outcome replace(Path target, boolean force, Content content) throws IOException {
        return replace(target, force, relative -> true, content);
    }

    /**
     * Replaces {@code target} with what {@code content} writes. A folder Herald built keeps its files
     * that are not Herald's: neither {@code claimed} nor written by the last replacement (the marker
     * lists those it wrote outside {@code claimed}), and not written now.
     *
     * @param force   replace a non-empty folder that Herald did not write
     * @param claimed the paths the content answers for, whether it writes them or not (a site's URL
     *                space): an old file there that it does not write is removed
     * @throws HeraldException when the target is not Herald's to replace and {@code force} is false;
     *                         nothing is touched then
     */
    public static Outcome replace(Path target, boolean force, Predicate<Path> claimed, Content content)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!force && !OutputFolders.replaceable(absolute)) {
            throw new HeraldException(target + " is not empty and was not built by Herald (it has no "
                    + OutputFolders.MARKER + " file); not replaced");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path building = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
        try {
            publishable(building);
            Path previous = Files.isDirectory(absolute) ? absolute : null;
            NewFolder folder = new NewFolder(building, previous);
            content.writeTo(folder);
            // a folder taken over with force is replaced whole, as asked
            boolean heralds = previous != null
                    && Files.isRegularFile(previous.resolve(OutputFolders.MARKER), LinkOption.NOFOLLOW_LINKS);
            Set<Path> kept = heralds ? ForeignFiles.keep(previous, building, folder.written, claimed) : Set.of();
            // the marker is no page of the site and is not counted, but a folder without one must get it
            byte[] marker = ForeignFiles.marker(folder.written, claimed).getBytes(StandardCharsets.UTF_8);
            boolean newMarker = folder.put(Path.of(OutputFolders.MARKER), marker, marker.length);
            folder.kept.addAll(kept);
            Outcome outcome = new Outcome(folder.written.size() - 1, folder.changed.get(), folder.removedSince(previous));
            if (outcome.unchanged() && !newMarker && previous != null) {
                return outcome;
            }
            swap(building, absolute);
            return outcome;
        } finally {
            deleteRecursively(building);
        }
    }

    // temporary folders are owner-only; a published site must stay readable by the web server
    private static void publishable(Path folder) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The folder being built, beside the one it replaces (null when there is none). */
    private static final class NewFolder implements Output {

        private final Path building;
        private final Path previous;
        private final Set<Path> written = ConcurrentHashMap.newKeySet();
        private final Set<Path> kept = ConcurrentHashMap.newKeySet();
        private final AtomicInteger changed = new AtomicInteger();

        NewFolder(Path building, Path previous) {
            this.building = building;
            this.previous = previous;
        }

        @Override
        public void write(Path relative, byte[] bytes, int length) throws IOException {
            if (put(relative, bytes, length)) {
                changed.incrementAndGet();
            }
        }

        /**
         * A site's own file (from {@code static/}): the old file when it has the same bytes, else
         * the source hard-linked (no second copy on the disk), else copied with its time.
         */
        @Override
        public void copy(Path relative, Path source) throws IOException {
            Path file = newFile(relative);
            Path old = previous == null ? null : previous.resolve(building.relativize(file));
            if (old != null && sameFile(old, source)) {
                if (!linked(file, old)) {
                    Files.copy(old, file, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return;
            }
            if (!linked(file, source)) {
                Files.copy(source, file, StandardCopyOption.COPY_ATTRIBUTES);
            }
            changed.incrementAndGet();
        }

        /** Writes one file; true if it is new or its bytes changed. */
        boolean put(Path relative, byte[] bytes, int length) throws IOException {
            Path file = newFile(relative);
            Path inside = building.relativize(file);
            Path old = previous == null ? null : previous.resolve(inside);
            if (old != null && ByteFiles.holds(old, bytes, length)) {
                if (!linked(file, old)) {
                    ByteFiles.write(file, bytes, length);
                    Files.setLastModifiedTime(file, Files.getLastModifiedTime(old));
                }
                return false;
            }
            ByteFiles.write(file, bytes, length);
            return true;
        }

        private Path newFile(Path relative) throws IOException {
            Path file = building.resolve(relative).normalize();
            Path inside = building.relativize(file);
            if (relative.isAbsolute() || !file.startsWith(building) || !written.add(inside)) {
                throw new IllegalArgumentException("not a new file inside the folder: " + relative);
            }
            Files.createDirectories(file.getParent());
            return file;
        }

        // the old file is the source itself (linked last time), or has its bytes
        private static boolean sameFile(Path old, Path source) {
            try {
                return Files.isRegularFile(old) && (Files.isSameFile(old, source)
                        || Files.size(old) == Files.size(source) && Files.mismatch(old, source) == -1);
            } catch (IOException e) {
                return false; // none, or one that cannot be read: the new file is put there
            }
        }

        int removedSince(Path old) throws IOException {
            if (old == null) {
                return 0;
            }
            try (Stream<Path> walk = Files.walk(old)) {
                return (int) walk.filter(Files::isRegularFile).map(old::relativize)
                        .filter(file -> !written.contains(file) && !kept.contains(file) && !inRepository(file)).count();
            }
        }

        // in a repository the new folder takes over from the old one
        private static boolean inRepository(Path file) {
            return ForeignFolders.REPOSITORIES.containsKey(file.getName(0).toString());
        }

        // the same inode: the same bytes and modification time, and no new file for the disk
        private static boolean linked(Path file, Path old) {
            try {
                Files.createLink(file, old);
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                return false; // no hard links here (FAT, some network mounts): the caller copies
            }
        }
    }

    private static void swap(Path building, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        // two renames: the target is missing only between them, never half-written
        Path retired = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(retired);
        Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        keepRepositories(retired, target);
        deleteRecursively(retired);
    }

    /**
     * Moves a version-control repository at the top of the old folder ({@code .git} of a site
     * published with Git) into the new one: Herald writes no such entry, and the user's history is
     * not the build's to delete. A build killed before this is finished by {@link #recover}.
     */
    private static void keepRepositories(Path old, Path target) throws IOException {
        for (String name : ForeignFolders.REPOSITORIES.keySet()) {
            Path kept = old.resolve(name);
            if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS) && !Files.exists(target.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                Files.move(kept, target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Clears what a replacement of {@code target} killed midway left beside it: the folder it was
     * building goes, and the previous folder, set aside just before the new one took its place,
     * comes back if that never happened.
     */
    public static void recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        // exactly the names createTempDirectory gave them (a number after the prefix): nothing else
        String site = Pattern.quote("." + absolute.getFileName());
        Pattern building = Pattern.compile(site + "\\.building-\\d+");
        Pattern retired = Pattern.compile(site + "\\.old-\\d+");
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(Files::isDirectory).toList()) {
                String name = sibling.getFileName().toString();
                boolean old = retired.matcher(name).matches();
                if (old && !Files.exists(absolute) && Files.isRegularFile(sibling.resolve(OutputFolders.MARKER))) {
                    Files.move(sibling, absolute, StandardCopyOption.ATOMIC_MOVE);
                } else if (old || building.matcher(name).matches()) {
                    if (old && Files.isDirectory(absolute)) {
                        keepRepositories(sibling, absolute);
                    }
                    deleteRecursively(sibling);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
