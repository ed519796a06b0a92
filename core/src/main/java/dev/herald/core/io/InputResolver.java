package dev.herald.core.io;

import dev.herald.core.problem.Problem;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadFailures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Expands command-line inputs into article files: a file stands for itself, a folder for every
 * article file below it (by extension, in name order, hidden files skipped), and {@code -} for
 * standard input.
 */
public final class InputResolver {

    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    /** One input to read: a file, or standard input. */
    public sealed interface Input permits FileInput, StdinInput {
    }

    /**
     * An article file.
     *
     * @param listed its attributes as the listing of its folder saw them (a link's own, for a
     *               link), or null when it was named on its own
     */
    public record FileInput(Path path, BasicFileAttributes listed) implements Input {

        public FileInput(Path path) {
            this(path, null);
        }
    }

    /** Standard input. */
    public record StdinInput() implements Input {
    }

    /** The resolved inputs and the arguments that named nothing readable. */
    public record Resolution(List<Input> inputs, List<Problem> problems) {

        public Resolution {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }
    }

    private InputResolver() {
    }

    /** Inputs in argument order; a missing path is a problem, not an exception. */
    public static Resolution resolve(List<String> arguments) {
        return resolve(arguments, null);
    }

    /**
     * Inputs in argument order, a folder's files below {@code ownFiles} (the site's own files,
     * published as they are) left out; a missing path is a problem, not an exception.
     */
    public static Resolution resolve(List<String> arguments, Path ownFiles) {
        List<Input> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                inputs.add(new StdinInput());
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                inputs.addAll(listedFiles(path, ownFiles, problems));
            } else if (Files.exists(path)) {
                inputs.add(new FileInput(path));
            } else {
                problems.add(Problem.error(argument, 0, null, "no such file or folder"));
            }
        }
        return new Resolution(inputs, problems);
    }

    /** The article files below a folder, in name order. */
    public static List<Path> articleFiles(Path folder) {
        return articleFiles(folder, null);
    }

    /** The article files below a folder but not below {@code ownFiles} (null for none), in name order. */
    public static List<Path> articleFiles(Path folder, Path ownFiles) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = listedFiles(folder, ownFiles, problems).stream().map(FileInput::path).toList();
        if (!problems.isEmpty()) {
            throw new UncheckedIOException(new IOException(problems.get(0).source() + ": " + problems.get(0).message()));
        }
        return files;
    }

    // the article files below a folder, with what the listing saw of each; what cannot be read is a problem
    private static List<FileInput> listedFiles(Path folder, Path ownFiles, List<Problem> problems) {
        Path excluded = ownFiles == null ? null : ownFiles.toAbsolutePath().normalize();
        if (excluded != null && folder.toAbsolutePath().normalize().startsWith(excluded)) {
            return new ArrayList<>(); // every file here is one of the site's own
        }
        ArticleFiles listing = new ArticleFiles(folder, excluded, problems);
        try {
            FolderTrees.walk(folder, listing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return inNameOrder(listing.files, folder.toString().length());
    }

    /**
     * One walk that skips hidden folders and the own files whole: a folder of 100,000 articles is
     * listed with one stat a file. A file or folder that cannot be read is a problem of its own,
     * and the others are still listed.
     */
    static final class ArticleFiles extends SimpleFileVisitor<Path> {

        private final Path folder;
        private final Path excluded;
        private final List<Problem> problems;
        final List<FileInput> files = new ArrayList<>();

        ArticleFiles(Path folder, Path excluded, List<Problem> problems) {
            this.folder = folder;
            this.excluded = excluded;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            boolean skipped = !dir.equals(folder) && (dir.getFileName().toString().startsWith(".")
                    || excluded != null && dir.toAbsolutePath().normalize().equals(excluded));
            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            // a link counts as what it links to; one that leads to no file is still an
            // article's name, so its reader says what is wrong instead of the article
            // silently dropping out of the site
            boolean article = attributes.isSymbolicLink()
                    ? Files.isRegularFile(file) || !Files.exists(file) : attributes.isRegularFile();
            if (article && !name.startsWith(".") && InputFormat.ofFileName(name).isPresent()) {
                files.add(new FileInput(file, attributes));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            if (file.getFileName() != null && file.getFileName().toString().startsWith(".")) {
                return FileVisitResult.CONTINUE; // hidden: never read anyway
            }
            problems.add(Problem.error(file.toString(), 0, null, "cannot be read: " + ReadFailures.ofFile(failure)));
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * The files in the order of their paths' names, compared as strings after the folder's common
     * prefix: 100,000 paths compared byte by byte took 0.4 s of a rebuild that takes 2 s. The
     * order is that of the paths themselves, but for names that mix characters past U+FFFF with
     * ones from U+E000 (compared as UTF-16 here) or that are not UTF-8 (same text: compared as paths).
     */
    private static List<FileInput> inNameOrder(List<FileInput> files, int prefix) {
        record Named(String name, FileInput file) {
        }
        List<Named> named = new ArrayList<>(files.size());
        for (FileInput file : files) {
            named.add(new Named(file.path().toString().substring(prefix), file));
        }
        named.sort((a, b) -> {
            int byName = a.name().compareTo(b.name());
            return byName != 0 ? byName : a.file().path().compareTo(b.file().path());
        });
        return named.stream().map(Named::file).collect(Collectors.toCollection(ArrayList::new));
    }
}
