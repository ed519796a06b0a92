package dev.herald.core.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces a folder only when its new content is complete: the content is written into a
 * temporary folder beside the target, which then takes the target's place. A failure leaves the
 * target as it was. Files whose bytes did not change keep their old modification time, so rsync
 * and CDNs see only real changes; a build that changes nothing leaves the target alone.
 */
public final class AtomicFolder {

    /** What writes the new content into an empty folder. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path folder) throws IOException;
    }

    /** What a replacement did. */
    public record Outcome(int files, int changed, int removed) {

        public boolean unchanged() {
            return changed == 0 && removed == 0;
        }
    }

    private AtomicFolder() {
    }

    public static Outcome replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path building = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
        try {
            publishable(building);
            content.writeTo(building);
            Outcome outcome = keepUnchangedTimes(building, absolute);
            if (outcome.unchanged() && Files.isDirectory(absolute)) {
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

    private static Outcome keepUnchangedTimes(Path building, Path old) throws IOException {
        int files = 0;
        int changed = 0;
        Set<Path> written = new HashSet<>();
        try (Stream<Path> walk = Files.walk(building)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files++;
                Path relative = building.relativize(file);
                written.add(relative);
                Path previous = old.resolve(relative);
                if (sameBytes(file, previous)) {
                    Files.setLastModifiedTime(file, Files.getLastModifiedTime(previous));
                } else {
                    changed++;
                }
            }
        }
        int removed = 0;
        if (Files.isDirectory(old)) {
            try (Stream<Path> walk = Files.walk(old)) {
                removed = (int) walk.filter(Files::isRegularFile).filter(f -> !written.contains(old.relativize(f))).count();
            }
        }
        return new Outcome(files, changed, removed);
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (!Files.isRegularFile(b) || Files.size(a) != Files.size(b)) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
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
        deleteRecursively(retired);
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
