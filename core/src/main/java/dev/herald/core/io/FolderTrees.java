package dev.herald.core.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Walks a folder tree as {@link Files#walkFileTree(Path, FileVisitor)} does, but a folder given by
 * a link ({@code /srv/news} linking to a mounted volume) is walked as the folder it links to, under
 * the name it was given: {@code walkFileTree} alone visits such a link as one file and lists
 * nothing below it. Links below the folder are left to the visitor, as before.
 */
public final class FolderTrees {

    private FolderTrees() {
    }

    public static void walk(Path folder, FileVisitor<Path> visitor) throws IOException {
        if (!Files.isSymbolicLink(folder)) {
            Files.walkFileTree(folder, visitor);
            return;
        }
        Path real = folder.toRealPath();
        Files.walkFileTree(real, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                return visitor.preVisitDirectory(named(dir), attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                return visitor.visitFile(named(file), attributes);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                return visitor.visitFileFailed(named(file), failure);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                return visitor.postVisitDirectory(named(dir), failure);
            }

            private Path named(Path path) {
                return path.equals(real) ? folder : folder.resolve(real.relativize(path));
            }
        });
    }
}
