package dev.herald.core.io;

import dev.herald.core.read.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which folders a build may replace as a whole. Replacing deletes what was there, so only a folder
 * that Herald wrote (it holds {@link #MARKER}), an empty one, or one the user names with
 * {@code --force} qualifies, and never a folder that is, holds or lies inside a source.
 */
public final class OutputFolders {

    /** The file every built folder holds, so a later build knows the folder is Herald's to replace. */
    public static final String MARKER = ".herald-site";

    /** What the marker says to a person who finds it. */
    static final String MARKER_TEXT = "This folder is written by herald build, which replaces the files it wrote and keeps"
            + " the others.\n";

    private OutputFolders() {
    }

    /**
     * Something a build reads, which its output must not be, hold or lie in.
     *
     * @param path   the file or folder
     * @param name   what it is, for a message: "the source folder", "the settings file"
     * @param lost   what building there would delete: "the articles", "it"
     * @param inside why an output inside it (a folder) would be wrong
     */
    public record Input(Path path, String name, String lost, String inside) {

        /** The folder of the articles. */
        public static Input source(Path folder) {
            return new Input(folder, "the source folder", "the articles", "its files would be read as articles");
        }

        /** The site's settings file. */
        public static Input settings(Path file) {
            return new Input(file, "the settings file", "it", "");
        }

        /** The folder of the site's own files, published as they are. */
        public static Input ownFiles(Path folder) {
            return new Input(folder, "the folder of the site's own files", "them",
                    "the site would be published again inside itself");
        }
    }

    /**
     * Why {@code out} must not be replaced by a build that reads {@code inputs}, or empty when it
     * may: it must not be, hold or lie inside one of them, even with {@code force}. A non-empty
     * folder Herald did not build is replaced only with {@code force}, and never, even then, one
     * that holds the home or the working folder, Herald itself, or a version-control repository
     * ({@link ForeignFolders}). Paths are compared after following links: a link to the source is
     * the source.
     *
     * @param force whether the user allowed replacing a non-empty folder Herald did not write
     */
    public static Optional<String> refusal(Path out, List<Input> inputs, boolean force) {
        Path target = RealPaths.of(out);
        for (Input input : inputs) {
            Path real = RealPaths.of(input.path());
            if (target.equals(real)) {
                return Optional.of(out + " is " + input.name() + " itself: building there would delete " + input.lost());
            }
            if (real.startsWith(target)) {
                return Optional.of(out + " holds " + input.name() + " " + input.path() + ": building there would delete "
                        + input.lost());
            }
            if (target.startsWith(real) && Files.isDirectory(real)) {
                return Optional.of(out + " is inside " + input.name() + " " + input.path() + ": " + input.inside()
                        + "; build somewhere else");
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            return Optional.of(out + " is not a folder");
        }
        if (replaceable(target)) {
            return Optional.empty();
        }
        if (!force) {
            return Optional.of(out + " is not empty and was not built by Herald (it has no " + MARKER
                    + " file); --force replaces it and everything in it");
        }
        return ForeignFolders.neverReplaced(target).map(why -> out + " " + why + ": not replaced, even with --force");
    }

    /**
     * Why the articles of a site folder imported from {@code posts} must not be written into
     * {@code out}, or empty when they may: {@code out} is that folder, lies inside it (the import
     * would write beside, or with --force over, the posts it reads) or holds it (the old posts
     * would be read as Herald's articles). Paths are compared after following links.
     */
    public static Optional<String> importRefusal(Path out, Path posts) {
        Path target = RealPaths.of(out);
        Path real = RealPaths.of(posts);
        if (target.startsWith(real)) {
            return Optional.of(out + (target.equals(real) ? " is " : " is inside ") + "the folder imported, " + posts
                    + ": the articles would be written among the posts they are read from; import into a folder of"
                    + " its own");
        }
        if (real.startsWith(target)) {
            return Optional.of(out + " holds the folder imported, " + posts + ": its posts would be read as articles"
                    + " beside the ones imported; import into a folder of its own");
        }
        return Optional.empty();
    }

    /**
     * Why {@code out} must not be replaced by a build that reads {@code links}, files that are
     * symbolic links, or empty: one of them leads into {@code out}, whose replacing would delete
     * what it links to.
     */
    public static Optional<String> linkedInto(Path out, Collection<Path> links) {
        Path target = RealPaths.of(out);
        for (Path link : links) {
            Path real = RealPaths.of(link);
            if (real.startsWith(target)) {
                return Optional.of(out + " holds " + real + ", which " + link + " links to: building there would delete it");
            }
        }
        return Optional.empty();
    }

    /**
     * Why the single output file {@code out} must not be written, or empty when it may: it is one
     * of the inputs, or an article file inside an input folder (the next run would read it as one).
     */
    public static Optional<String> fileRefusal(Path out, Collection<Path> inputs) {
        Path target = RealPaths.of(out);
        if (Files.isDirectory(target)) {
            return Optional.of(out + " is a folder");
        }
        boolean articleName = InputFormat.ofFileName(target.getFileName().toString()).isPresent();
        for (Path input : inputs) {
            Path real = RealPaths.of(input);
            if (target.equals(real)) {
                return Optional.of(out + " is one of the inputs: writing there would replace it");
            }
            if (articleName && target.startsWith(real) && Files.isDirectory(real)) {
                return Optional.of(out + " is inside the input folder " + input
                        + " and would be read as an article next time; write it somewhere else");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code relative} in {@code folder}, a site Herald built, is a file put there by hand:
     * one the marker does not list as written by Herald (a build keeps such a file).
     */
    public static boolean holdsForeignFile(Path folder, String relative) {
        return ForeignFiles.isForeign(folder, Path.of(relative));
    }

    /**
     * Whether a single output file may be replaced unasked: missing, empty, or a feed (an RSS,
     * Atom or JSON Feed document, as {@code convert} writes), never a file of another kind.
     */
    public static boolean replaceableFile(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            return head.isEmpty() || head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed")
                    || head.startsWith("<rdf:RDF") || head.startsWith("{") && head.contains("\"https://jsonfeed.org/version/");
        } catch (IOException e) {
            return false; // a file that cannot be read is not known to be a feed
        }
    }

    /**
     * The site Herald built that {@code folder} is or lies inside (links followed), if any: what is
     * written there is not the user's to keep, since the next full build replaces the site.
     */
    public static Optional<Path> builtSiteHolding(Path folder) {
        for (Path at = RealPaths.of(folder); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** Whether a build may replace {@code folder} unasked: missing, empty, or marked as Herald's. */
    public static boolean replaceable(Path folder) {
        if (!Files.isDirectory(folder)) {
            return !Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
        }
        if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false; // a folder that cannot be listed is not known to be empty
        }
    }
}
