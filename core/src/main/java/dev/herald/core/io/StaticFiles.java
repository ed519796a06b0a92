package dev.herald.core.io;

import dev.herald.core.problem.Problem;
import dev.herald.core.read.ReadFailures;
import dev.herald.core.text.WrittenUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site's own files (images, PDFs, a favicon) in a folder published at the site root as they
 * are: {@code static/images/x.jpg} is {@code /images/x.jpg}. Hidden files are left out, and a
 * link that leads out of the folder is refused with a problem: nothing outside it is published.
 */
public final class StaticFiles {

    /** The folder's name in a source folder, unless the settings name another. */
    public static final String DEFAULT_FOLDER = "static";

    private final Path folder;
    private final Map<String, Path> bySitePath;
    private final List<Problem> problems;

    private StaticFiles(Path folder, Map<String, Path> bySitePath, List<Problem> problems) {
        this.folder = folder;
        this.bySitePath = bySitePath;
        this.problems = List.copyOf(problems);
    }

    /** No files. */
    public static StaticFiles none() {
        return new StaticFiles(null, Map.of(), List.of());
    }

    /**
     * Why {@code folder} cannot be the folder of a site's own files whatever the articles, or empty
     * when it can: it is the root, or is or holds the home folder or Herald's own code, all of which
     * would be published.
     */
    public static Optional<String> notPublishable(Path folder) {
        return ForeignFolders.personal(RealPaths.of(folder)).map(why -> folder.normalize() + " " + why
                + ": all of it would be published; give the site's own files a folder of their own, such as "
                + DEFAULT_FOLDER);
    }

    /**
     * Why {@code folder} cannot be the folder of the site's own files for the articles of {@code
     * articles}, or empty when it can: it is that folder or holds it, so every article file, drafts
     * and embargoed ones too, would be published as it is, and none read as an article. (The
     * default, {@code static} inside the articles' folder, is kept apart from them.)
     */
    public static Optional<String> notOwnFolder(Path folder, Path articles) {
        if (!isOrHolds(folder, articles)) {
            return Optional.empty();
        }
        Path read = RealPaths.of(articles);
        String what = RealPaths.of(folder).equals(read) ? "is the articles' folder"
                : "holds the articles' folder " + read;
        return Optional.of(folder.normalize() + " " + what + ": every article file, drafts and embargoed ones too,"
                + " would be published as it is; give the site's own files a folder of their own, such as "
                + DEFAULT_FOLDER);
    }

    /** Whether {@code folder} is {@code other} or holds it, as the file system sees them (links followed). */
    public static boolean isOrHolds(Path folder, Path other) {
        return RealPaths.of(other).startsWith(RealPaths.of(folder));
    }

    /** The files below {@code folder}; none when there is no such folder. */
    public static StaticFiles of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new StaticFiles(folder, Map.of(), List.of());
        }
        Map<String, Path> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Path root = realPath(folder);
        try {
            FolderTrees.walk(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink() && !realPath(file).startsWith(root)) {
                        problems.add(Problem.error(file.toString(), 0, null,
                                "links to a file outside " + folder + "; only the folder's own files are published"));
                    } else if (Files.isRegularFile(file)) {
                        // a link's target, so that copies and hard links are of the file, not of the link
                        files.put(sitePath(folder.relativize(file)), attributes.isSymbolicLink() ? realPath(file) : file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (file.equals(folder)) {
                        throw failure;
                    }
                    if (!isHidden(file)) {
                        problems.add(Problem.error(file.toString(), 0, null,
                                "cannot be read: " + ReadFailures.ofFile(failure)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return new StaticFiles(folder, files, problems);
    }

    /** The folder, or empty for {@link #none()}. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Site path ({@code /images/x.jpg}, not encoded) to file, in path order; unmodifiable. */
    public Map<String, Path> files() {
        return java.util.Collections.unmodifiableMap(bySitePath);
    }

    /** Files that could not be published (links out of the folder, files that cannot be read). */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Whether a site-relative URL ({@code /images/a%20b.jpg?v=2}) names one of the files: its
     * path, percent-decoded, without query or fragment.
     */
    public boolean contains(String siteRelativeUrl) {
        return decodedPath(siteRelativeUrl).map(bySitePath::containsKey).orElse(false);
    }

    /** The percent-decoded path of a site-relative URL; empty if it is not a valid URL. */
    public static Optional<String> decodedPath(String siteRelativeUrl) {
        try {
            return Optional.ofNullable(new URI(WrittenUrls.encoded(siteRelativeUrl)).getPath());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String sitePath(Path relative) {
        StringBuilder path = new StringBuilder();
        for (Path part : relative) {
            path.append('/').append(part);
        }
        return path.toString();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize(); // a broken link leads nowhere inside
        }
    }
}
