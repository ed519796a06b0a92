package dev.herald.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The files of a built folder that are not Herald's, which replacing the folder keeps: a {@code
 * CNAME} or {@code .nojekyll} put there for GitHub Pages, a search engine's verification file,
 * {@code .well-known/}. Herald's are the paths its content claims (a site's URL space) and the
 * files the last replacement wrote outside them (a site's own files), which the marker lists, so
 * an own file taken out of the site goes with the next build rather than stay as someone else's.
 */
final class ForeignFiles {

    // the marker is published with the site: it names the files by a hash of their path, so that it
    // tells no one of a file that is not linked yet (an embargoed story's photo)
    private static final String LIST_HEADER = "SHA-256 of each file it wrote besides its URL space, removed when it no"
            + " longer does:\n";

    private ForeignFiles() {
    }

    /** The marker's text: what it is, then the written files outside {@code claimed}, one a line. */
    static String marker(Set<Path> written, Predicate<Path> claimed) {
        List<String> listed = written.stream().filter(file -> !claimed.test(file) && !isMarker(file))
                .map(ForeignFiles::hash).sorted().toList();
        return listed.isEmpty() ? OutputFolders.MARKER_TEXT
                : OutputFolders.MARKER_TEXT + LIST_HEADER + listed.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * Puts the old folder's foreign files into the new one, each as it is (a hard link, else a
     * copy with its time; a link as a link); a top-level repository is left to move whole.
     *
     * @return the files kept, relative to the folder
     */
    static Set<Path> keep(Path old, Path building, Set<Path> written, Predicate<Path> claimed) throws IOException {
        Set<String> herald = lastWritten(old);
        Set<Path> kept = new HashSet<>();
        Files.walkFileTree(old, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(old)) {
                    return FileVisitResult.CONTINUE;
                }
                Path relative = old.relativize(dir);
                boolean repository = relative.getNameCount() == 1
                        && ForeignFolders.REPOSITORIES.containsKey(relative.toString());
                return repository || claimed.test(relative) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = old.relativize(file);
                if (!written.contains(relative) && !herald.contains(hash(relative)) && !claimed.test(relative)
                        && !isMarker(relative) && put(file, building.resolve(relative))) {
                    kept.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return kept;
    }

    /** Whether {@code relative} in a folder Herald built is a file there that no build of Herald wrote. */
    static boolean isForeign(Path folder, Path relative) {
        Path file = folder.resolve(relative);
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(folder.resolve(OutputFolders.MARKER))
                && !lastWritten(folder).contains(hash(relative));
    }

    // what the last replacement wrote outside the claimed paths, as its marker lists them
    private static Set<String> lastWritten(Path old) {
        try {
            String marker = Files.readString(old.resolve(OutputFolders.MARKER), StandardCharsets.UTF_8);
            int list = marker.indexOf(LIST_HEADER);
            if (list < 0) {
                return Set.of();
            }
            return marker.substring(list + LIST_HEADER.length()).lines().filter(line -> !line.isBlank())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of(); // no marker (a folder taken over with --force): nothing in it was Herald's
        }
    }

    // false when the new folder has something in its place (a file where it needs a folder)
    private static boolean put(Path file, Path target) throws IOException {
        try {
            Files.createDirectories(target.getParent());
            if (Files.isSymbolicLink(file)) {
                Files.createSymbolicLink(target, Files.readSymbolicLink(file));
            } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                link(file, target);
            } else {
                return false; // a socket or a device is nothing a site serves
            }
            return true;
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            return false;
        }
    }

    private static void link(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES); // no hard links here
        }
    }

    private static boolean isMarker(Path relative) {
        return relative.toString().equals(OutputFolders.MARKER);
    }

    private static String hash(Path relative) {
        try {
            byte[] path = relative.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(path));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
