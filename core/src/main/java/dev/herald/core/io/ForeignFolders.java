package dev.herald.core.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The folders that {@code --force} must not replace, though Herald did not build them: replacing
 * one deletes everything in it, and some folders are never what a user meant to give up for a
 * site (a mistyped {@code --out .}, {@code --out ~}, or a project's own folder).
 */
final class ForeignFolders {

    /** The folder (or file) each version-control system keeps at the top of a working copy, by name. */
    static final Map<String, String> REPOSITORIES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            ".git", "a Git repository",
            ".hg", "a Mercurial repository",
            ".svn", "a Subversion working copy",
            ".bzr", "a Bazaar branch",
            "_darcs", "a Darcs repository",
            ".jj", "a Jujutsu repository",
            ".fslckout", "a Fossil checkout")));

    private ForeignFolders() {
    }

    /**
     * Why {@code folder} (a real path: links followed) is never replaced, or empty: it is the root,
     * or is or holds the home folder, the working folder or Herald's own code, or it holds a
     * version-control repository anywhere inside (looked for through the whole folder, which
     * replacing it would walk to delete anyway).
     */
    static Optional<String> neverReplaced(Path folder) {
        Optional<String> special = rootOrHome(folder)
                .or(() -> holds(folder, RealPaths.of(Path.of("")), "the working folder"))
                .or(() -> heraldCode(folder));
        return special.isPresent() ? special : repositoryInside(folder);
    }

    /**
     * Why {@code folder} (a real path) is no one's to give up or publish whole, or empty: it is the
     * root, or is or holds the home folder or Herald's own code.
     */
    static Optional<String> personal(Path folder) {
        return rootOrHome(folder).or(() -> heraldCode(folder));
    }

    private static Optional<String> rootOrHome(Path folder) {
        if (folder.getParent() == null) {
            return Optional.of("is the root of the file system");
        }
        return holds(folder, RealPaths.of(Path.of(System.getProperty("user.home"))), "your home folder");
    }

    private static Optional<String> heraldCode(Path folder) {
        return heraldItself().flatMap(herald -> holds(folder, herald, "Herald itself"));
    }

    private static Optional<String> holds(Path folder, Path inside, String what) {
        if (folder.equals(inside)) {
            return Optional.of("is " + what);
        }
        return inside.startsWith(folder) ? Optional.of("holds " + what + " (" + inside + ")") : Optional.empty();
    }

    // the jar (or class folder) this code runs from
    private static Optional<Path> heraldItself() {
        try {
            return Optional.of(RealPaths.of(Path.of(
                    ForeignFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> repositoryInside(Path folder) {
        String[] found = new String[1];
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    for (Map.Entry<String, String> repository : REPOSITORIES.entrySet()) {
                        Path marker = dir.resolve(repository.getKey());
                        if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
                            found[0] = "holds " + repository.getValue() + " (" + marker + ")";
                            return FileVisitResult.TERMINATE;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // what cannot be read could not be deleted either
                }
            });
        } catch (IOException e) {
            return Optional.of("cannot be looked through (" + e.getMessage() + ")");
        }
        return Optional.ofNullable(found[0]);
    }
}
