package dev.herald.core.site;

import dev.herald.core.io.AtomicFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * Every file of a site, each with the key of what it shows ({@link OutputKey}), ready to be
 * written: all of them for a full build, or those whose key changed for an incremental one.
 */
public final class SitePlan {

    private final List<Planned> files;
    private final EntryPrints entryPrints;

    /** A job with its file inside the site folder and that file's name, worked out once. */
    private record Planned(FileJob job, Path file, String name) {
    }

    /** @param entryPrints where the jobs put the fingerprints of the feed entries they write */
    SitePlan(List<FileJob> jobs, EntryPrints entryPrints) {
        this.entryPrints = entryPrints;
        // each file once: a hundred thousand site paths are decoded and parsed
        this.files = jobs.parallelStream().map(job -> {
            Path file = job.file();
            return new Planned(job, file, file.toString());
        }).toList();
    }

    /** The fingerprints of the feed entries written so far, by article digest. */
    EntryPrints entryPrints() {
        return entryPrints;
    }

    /** How many files the site has. */
    public int size() {
        return files.size();
    }

    /** Each file's path inside the site folder and its key, in plan order. */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>(files.size() * 4 / 3 + 1);
        files.forEach(planned -> keys.put(planned.name(), planned.job().key()));
        return keys;
    }

    /** Writes every file; returns each one's size in bytes, by its path as {@link #keys()} names it. */
    public Map<String, Long> writeAll(AtomicFolder.Output output, Progress progress) throws IOException {
        return write(files, name -> 0, output, progress);
    }

    /**
     * Writes the files with these paths (as {@link #keys()} names them) and no others; returns their
     * sizes. {@code sizesBefore} tells each one's size before (0 for none), for its buffer.
     */
    public Map<String, Long> write(Set<String> names, ToLongFunction<String> sizesBefore, AtomicFolder.Output output,
            Progress progress) throws IOException {
        return write(files.stream().filter(planned -> names.contains(planned.name())).toList(), sizesBefore, output,
                progress);
    }

    // The large files go first, not to be the last job left while the other cores wait; then the
    // feeds, newest first: an article's feeds (the main feed's and its tags') then come close
    // together, while the writers still keep its entries. Every job finishes before this
    // returns, failed or not, so the caller can delete the folder without racing a writer; the
    // first failure is then rethrown.
    private static Map<String, Long> write(List<Planned> unordered, ToLongFunction<String> sizesBefore,
            AtomicFolder.Output output, Progress progress) throws IOException {
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        List<Planned> sorted = new ArrayList<>(unordered);
        sorted.sort(Comparator.comparing((Planned planned) -> !planned.job().large())
                .thenComparing(planned -> planned.job().newest(), Comparator.nullsLast(Comparator.reverseOrder())));
        AtomicInteger done = new AtomicInteger();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<FileBuffer> buffers = ThreadLocal.withInitial(FileBuffer::new);
        // waited for once, not job by job: a wait on each job's future woke this thread for
        // nearly every one of them, taking a core from the writers thousands of times
        CountDownLatch finished = new CountDownLatch(sorted.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Planned planned : sorted) {
                futures.add(pool.submit(() -> {
                    try {
                        sizes.put(planned.name(), planned.job().writeTo(output, planned.file(),
                                sizesBefore.applyAsLong(planned.name()), buffers.get()));
                        progress.update(done.incrementAndGet(), sorted.size());
                    } finally {
                        finished.countDown();
                    }
                }));
            }
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the site", e);
            }
            Throwable failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing the site", e);
                }
            }
            rethrow(failure);
            return sizes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof UncheckedIOException e) {
            throw e.getCause();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
    }

    /** What writes one file's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What puts one file into the output by itself (a copy of the site's own) and says its size. */
    @FunctionalInterface
    interface Placement {
        long placeInto(AtomicFolder.Output output) throws IOException;
    }

    /**
     * One file to write, by its site path; {@code newest} is the newest article of a feed, null
     * for other files; {@code large} marks a file that takes many times a feed's work to write
     * (a sitemap of 50,000 pages). Either {@code content} makes its bytes or {@code placement}
     * puts it there.
     */
    record FileJob(String path, Instant newest, boolean large, String key, Content content, Placement placement) {

        FileJob(String path, String key, Content content) {
            this(path, null, false, key, content, null);
        }

        FileJob(String path, Instant newest, String key, Content content) {
            this(path, newest, false, key, content, null);
        }

        static FileJob placed(String path, String key, Placement placement) {
            return new FileJob(path, null, false, key, null, placement);
        }

        static FileJob large(String path, String key, Content content) {
            return new FileJob(path, null, true, key, content, null);
        }

        // the site's own files keep their path as it is; Herald's pages are folders with an index.html
        Path file() {
            return placement != null ? Path.of(path.substring(1)) : SitePaths.file(path);
        }

        /**
         * Writes the file, which is {@link #file()}, through {@code buffer}; returns its size in
         * bytes. {@code sizeBefore} sizes the buffer: a feed document rewritten is much the size it
         * was, some 190 KB, which a buffer grown from 8 KB copies five times on the way.
         */
        long writeTo(AtomicFolder.Output output, Path file, long sizeBefore, FileBuffer buffer) {
            try {
                if (placement != null) {
                    return placement.placeInto(output);
                }
                buffer.startFile((int) Math.min(sizeBefore + sizeBefore / 16 + 1024, 1 << 26));
                content.writeTo(buffer);
                output.write(file, buffer.array(), buffer.size());
                return buffer.size();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
