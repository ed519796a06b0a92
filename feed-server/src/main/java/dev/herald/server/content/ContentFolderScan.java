package dev.herald.server.content;

import dev.herald.core.io.FolderTrees;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One look at a content folder: every article file below it (hidden files and folders left out,
 * as {@code herald build} does) with what tells a change, its own and its wire-copy sidecar's
 * modification time and size. One walk, one {@code stat} a file: the watcher looks as often as
 * every second, and a folder of 100,000 articles must not keep a core busy doing it.
 */
final class ContentFolderScan {

    /** Size and modification time of a file, or of its absence. */
    record Stamp(long size, FileTime modified) {

        static final Stamp ABSENT = new Stamp(-1, FileTime.fromMillis(0));

        static Stamp of(BasicFileAttributes attributes) {
            return attributes == null ? ABSENT : new Stamp(attributes.size(), attributes.lastModifiedTime());
        }
    }

    /** What a change to an article file would change: the file, or its sidecar. */
    record Signature(Stamp file, Stamp sidecar) {

        /** When the file or its sidecar last changed. */
        Instant lastChange() {
            Instant file = this.file.modified().toInstant();
            Instant sidecar = this.sidecar.modified().toInstant();
            return file.isAfter(sidecar) ? file : sidecar;
        }
    }

    private ContentFolderScan() {
    }

    /** Every article file below {@code folder} with its signature. */
    static Map<Path, Signature> of(Path folder) {
        return of(folder, new HashSet<>());
    }

    /**
     * Every article file below {@code folder} with its signature; the folders and files below it
     * that cannot be read (permission denied) go into {@code unreadable}, their articles unknown.
     */
    static Map<Path, Signature> of(Path folder, Set<Path> unreadable) {
        Map<Path, BasicFileAttributes> files = regularFiles(folder, unreadable);
        Map<Path, Signature> articles = new HashMap<>();
        files.forEach((file, attributes) -> format(file).ifPresent(format -> {
            BasicFileAttributes sidecar = format == InputFormat.WIRE ? files.get(ArticleReader.sidecarOf(file)) : null;
            articles.put(file, new Signature(Stamp.of(attributes), Stamp.of(sidecar)));
        }));
        return articles;
    }

    /** The signature of one article file as it is now; its file stamp is absent if it is gone. */
    static Signature of(Path file, InputFormat format) {
        Stamp sidecar = format == InputFormat.WIRE ? stamp(ArticleReader.sidecarOf(file)) : Stamp.ABSENT;
        return new Signature(stamp(file), sidecar);
    }

    /** The article format of a file by its name; empty for hidden files and other files. */
    static Optional<InputFormat> format(Path file) {
        return isHidden(file) ? Optional.empty() : InputFormat.ofFileName(file.getFileName().toString());
    }

    private static Stamp stamp(Path file) {
        BasicFileAttributes attributes = followed(file);
        return attributes != null && attributes.isRegularFile() ? Stamp.of(attributes) : Stamp.ABSENT;
    }

    private static Map<Path, BasicFileAttributes> regularFiles(Path folder, Set<Path> unreadable) {
        Walk walk = new Walk(folder, unreadable);
        try {
            FolderTrees.walk(folder, walk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return walk.files;
    }

    /** The walk of one look: hidden folders skipped, links followed to what they link to. */
    static final class Walk extends SimpleFileVisitor<Path> {

        private final Path folder;
        private final Set<Path> unreadable;
        final Map<Path, BasicFileAttributes> files = new HashMap<>();

        Walk(Path folder, Set<Path> unreadable) {
            this.folder = folder;
            this.unreadable = unreadable;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            // a linked file counts as what it links to (Kubernetes mounts ConfigMaps so)
            BasicFileAttributes target = attributes.isSymbolicLink() ? followed(file) : attributes;
            if (target != null && target.isRegularFile()) {
                files.put(file, target);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(folder)) {
                throw e;
            }
            if (!(e instanceof NoSuchFileException) && !isHidden(file)) {
                // there, but not to be read: what it holds is not known to be gone
                unreadable.add(file);
            }
            return FileVisitResult.CONTINUE; // removed while the walk went by: the next look sees it gone
        }
    }

    private static BasicFileAttributes followed(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // gone, or a broken link: no article
        }
    }

    /** Hidden files and folders hold no articles, as for {@code herald build}. */
    static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
