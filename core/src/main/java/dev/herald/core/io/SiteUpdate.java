package dev.herald.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Changes a few files of a built site in place, for an incremental build, where {@link
 * AtomicFolder} would link every unchanged file into a new folder (seconds for 100,000 pages).
 * The new files are written into a staging folder beside the site ({@code .NAME.herald-staging}),
 * or into {@link SpareFiles spares} from the {@link Trash} (old versions the last update replaced,
 * which nothing but the trash links); then a journal ({@code .NAME.herald-journal}) naming every
 * move and deletion is put in place with one rename: before that rename nothing in the site has
 * changed, after it the update is decided, and a build killed while applying it finishes it at
 * the next start ({@link #recover}). The site's files are only renamed into it or out of it into
 * the trash, never written through, so a file hard-linked from a source stays as it is. The new
 * build state is written while the files are moved; the old one, which describes the site as it
 * was, is deleted before the update is decided, so a build killed before the new one is in place
 * leaves no state at all (the next build is a full one), never one that describes other files.
 */
public final class SiteUpdate {

    // version 2 has "R" steps (a spare from the trash moved in); a journal of version 1 has none
    private static final String HEADER = "herald-journal 2";
    private static final String HEADER_1 = "herald-journal 1";
    private static final String END = "end";

    private final Path site;
    private final Path staging;
    private final Path journal;
    /** The journal's step for each file written, by its path inside the site. */
    private final Map<Path, String> staged = new ConcurrentHashMap<>();
    private final Trash trash;
    private final SpareFiles spares;

    /** The one file beside the site that an update may replace besides the site's: its build state. */
    public static Path stateFileOf(Path site) {
        return sibling(site.toAbsolutePath().normalize(), ".herald-build");
    }

    private SiteUpdate(Path site, SpareFiles spares) {
        this.site = site.toAbsolutePath().normalize();
        this.spares = spares;
        this.staging = sibling(this.site, ".herald-staging");
        this.journal = sibling(this.site, ".herald-journal");
        this.trash = new Trash(this.site);
    }

    /**
     * Finishes the update a killed build decided on (its journal is there), or forgets one it had
     * not (only a staging folder is there). True when an update was finished.
     */
    public static boolean recover(Path site) throws IOException {
        SiteUpdate update = new SiteUpdate(site, SpareFiles.NONE);
        if (Files.isRegularFile(update.journal)) {
            List<String> lines = Files.readAllLines(update.journal, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && (lines.get(0).equals(HEADER) || lines.get(0).equals(HEADER_1))
                    && lines.get(lines.size() - 1).equals(END)) {
                update.apply(lines.subList(1, lines.size() - 1), CompletableFuture.completedFuture(null));
                return true;
            }
            Files.delete(update.journal); // never the case after a rename, but a half journal decides nothing
        }
        Files.deleteIfExists(sibling(update.site, ".herald-journal.tmp")); // a journal never put in place
        AtomicFolder.deleteRecursively(update.staging);
        return false;
    }

    /** {@link #apply(Path, Collection, SpareFiles, AtomicFolder.Content, StateWriter, Path, int)} with no spares. */
    public static AtomicFolder.Outcome apply(Path site, Collection<String> removed, AtomicFolder.Content content,
            StateWriter newState, Path stateFile, int files) throws IOException {
        return apply(site, removed, SpareFiles.NONE, content, newState, stateFile, files);
    }

    /**
     * Writes what {@code content} writes over the files of {@code site} (those with the same
     * bytes are left alone), deletes {@code removed}, and puts {@code stateFile}'s new content,
     * from {@code newState}, in place as the update's last step.
     *
     * @param removed  paths inside the site of files the site no longer has
     * @param spares   files of the site's trash to write new files into, instead of making them
     * @param newState writes the build state for after the update to the path it is given
     * @param files    how many files the site has after the update, for the outcome
     */
    public static AtomicFolder.Outcome apply(Path site, Collection<String> removed, SpareFiles spares,
            AtomicFolder.Content content, StateWriter newState, Path stateFile, int files) throws IOException {
        recover(site);
        SiteUpdate update = new SiteUpdate(site, spares);
        // nothing outside the site is ever deleted or replaced: checked before anything is decided
        removed.forEach(path -> inside(update.site, Path.of(path)));
        update.target("S " + stateFile.toAbsolutePath());
        Files.createDirectories(update.staging);
        List<String> lines = new ArrayList<>();
        try {
            content.writeTo(update.new Staged());
            lines.add(HEADER);
            // pages before what links to them, deletions last: a build killed while applying
            // leaves no link to a missing page, and the next build finishes the rest
            update.staged.keySet().stream().sorted(Comparator.comparing((Path path) -> !path.startsWith("articles"))
                    .thenComparing(Comparator.naturalOrder())).forEach(path -> lines.add(update.staged.get(path)));
            removed.forEach(path -> lines.add("D " + path));
            lines.add("S " + stateFile.toAbsolutePath());
            lines.add(END);
            Path draft = sibling(update.site, ".herald-journal.tmp");
            Files.write(draft, lines, StandardCharsets.UTF_8);
            Files.deleteIfExists(stateFile);
            Files.move(draft, update.journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            AtomicFolder.deleteRecursively(update.staging);
            throw e;
        }
        // written on a thread of its own while the files are moved: for 100,000 articles the state
        // takes as long to write as the thousand files of an old article's removal to move
        FutureTask<Void> stateWritten = new FutureTask<>(() -> {
            newState.writeTo(update.stagedState());
            return null;
        });
        new Thread(stateWritten, "herald-build-state-writer").start();
        update.apply(lines.subList(1, lines.size() - 1), stateWritten);
        return new AtomicFolder.Outcome(files, update.staged.size(), removed.size());
    }

    /** Writes a build state to a file. */
    @FunctionalInterface
    public interface StateWriter {
        void writeTo(Path file) throws IOException;
    }

    // Each step can be done again: a build killed in the middle of it repeats it from the start.
    // The state is moved once stateWritten is done; one that could not be written leaves none
    // (the next build is a full one), and the failure is thrown once the site is whole.
    private void apply(List<String> steps, Future<?> stateWritten) throws IOException {
        IOException stateFailure;
        try {
            steps.forEach(this::target); // every step checked before the first is taken
            trash.open();
            for (String step : steps) {
                if (step.startsWith("M ")) {
                    move(inside(staging, Path.of(step.substring(2))), target(step));
                } else if (step.startsWith("R ")) {
                    move(spareOf(step), target(step));
                } else if (step.startsWith("D ")) {
                    delete(target(step));
                }
            }
        } finally {
            stateFailure = failureOf(stateWritten); // no writer is left behind in the staging folder
        }
        for (String step : steps) {
            if (step.startsWith("S ")) {
                move(stagedState(), target(step));
            }
        }
        Files.delete(journal);
        trash.take(staging); // its emptied folders, deleted with the rest
        if (stateFailure != null) {
            throw new IOException("the site is updated, but its build state could not be written (the next build"
                    + " is a full one): " + stateFailure.getMessage(), stateFailure);
        }
    }

    private Path stagedState() {
        return staging.resolve(".state");
    }

    // waits for the task to end; its failure, or null
    private static IOException failureOf(Future<?> task) throws IOException {
        try {
            task.get();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                return io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the build state was written");
        }
    }

    /**
     * The file a step changes: inside the site, or for the state the site's build state beside it
     * ({@code .NAME.herald-build}); a journal or a state that names anything else (scribbled, or
     * made to) is refused.
     */
    private Path target(String step) {
        if (step.startsWith("R ")) {
            spareOf(step); // checked too
            return inside(site, Path.of(step.substring(step.indexOf(' ', 2) + 1)));
        }
        String path = step.substring(2);
        if (step.startsWith("S ")) {
            Path state = Path.of(path).toAbsolutePath().normalize();
            if (!state.equals(stateFileOf(site))) {
                throw new IllegalArgumentException("not the site's build state: " + path);
            }
            return state;
        }
        return inside(site, Path.of(path));
    }

    // an "R" step's spare: a file in the trash folder, named without spaces before the site's path
    private Path spareOf(String step) {
        int end = step.indexOf(' ', 2);
        if (end < 0) {
            throw new IllegalArgumentException("not a step: " + step);
        }
        return inside(trash.folder(), Path.of(step.substring(2, end)));
    }

    private void delete(Path file) throws IOException {
        trash.take(file);
        // folders the site no longer needs go too (an article's page is a folder of its own)
        for (Path folder = file.getParent(); folder != null && !folder.equals(site); folder = folder.getParent()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private void move(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return; // moved before the build was killed
        }
        Files.createDirectories(to.getParent());
        if (Files.isDirectory(to)) {
            AtomicFolder.deleteRecursively(to); // a folder of an earlier site where a file now goes
        }
        trash.keep(to);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    // a path inside the folder, never the folder itself nor anything outside it
    private static Path inside(Path folder, Path relative) {
        Path file = folder.resolve(relative).normalize();
        if (relative.isAbsolute() || !file.startsWith(folder) || file.equals(folder)) {
            throw new IllegalArgumentException("not a file inside the folder: " + relative);
        }
        return file;
    }

    private static Path sibling(Path site, String suffix) {
        return site.resolveSibling("." + site.getFileName() + suffix);
    }

    /** The staging folder as an output: a file whose bytes the site already has is not staged. */
    private final class Staged implements AtomicFolder.Output {

        @Override
        public void write(Path relative, byte[] bytes, int length) throws IOException {
            Path current = inside(site, relative);
            if (ByteFiles.holds(current, bytes, length)) {
                return;
            }
            Path spare = spares.take(current, length);
            String name = spare == null ? null : spares.nameOf(spare);
            if (name != null && name.indexOf(' ') < 0) { // the trash's names never have one
                try {
                    ByteFiles.overwrite(spare, bytes, length);
                    Path path = site.relativize(current);
                    record(path, "R " + name + " " + path);
                    return;
                } catch (IOException e) {
                    // gone or not writable since the trash was sorted: a new file instead
                }
            }
            ByteFiles.write(stagedFile(relative), bytes, length);
        }

        @Override
        public void copy(Path relative, Path source) throws IOException {
            Path current = inside(site, relative);
            if (Files.isRegularFile(current) && Files.isSameFile(current, source)) {
                return;
            }
            Path file = stagedFile(relative);
            try {
                Files.createLink(file, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, file, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }

        private Path stagedFile(Path relative) throws IOException {
            Path file = inside(staging, relative);
            Path path = staging.relativize(file);
            record(path, "M " + path);
            Files.createDirectories(file.getParent());
            return file;
        }

        private void record(Path relative, String step) {
            if (staged.putIfAbsent(relative, step) != null) {
                throw new IllegalArgumentException("written twice: " + relative);
            }
        }
    }
}
