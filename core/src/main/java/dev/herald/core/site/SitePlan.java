package dev.herald.core.site;

import dev.herald.core.io.AtomicFolder;
import java.io.ByteArrayOutputStream;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every file of a site, each with the key of what it shows ({@link OutputKey}), ready to be
 * written: all of them for a full build, or those whose key changed for an incremental one.
 */
public final class SitePlan {

    private final List<FileJob> jobs;
    private final List<String> names;

    SitePlan(List<FileJob> jobs) {
        this.jobs = List.copyOf(jobs);
        // each file's name, once: a hundred thousand paths are decoded and parsed
        this.names = this.jobs.parallelStream().map(job -> job.file().toString()).toList();
    }

    /** How many files the site has. */
    public int size() {
        return jobs.size();
    }

    /** Each file's path inside the site folder and its key, in plan order. */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>(jobs.size() * 4 / 3 + 1);
        for (int i = 0; i < jobs.size(); i++) {
            keys.put(names.get(i), jobs.get(i).key());
        }
        return keys;
    }

    /** Writes every file; returns each one's size in bytes, by its path as {@link #keys()} names it. */
    public Map<String, Long> writeAll(AtomicFolder.Output output, Progress progress) throws IOException {
        return write(jobs, output, progress);
    }

    /** Writes the files with these paths (as {@link #keys()} names them) and no others; returns their sizes. */
    public Map<String, Long> write(Set<String> files, AtomicFolder.Output output, Progress progress) throws IOException {
        List<FileJob> chosen = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (files.contains(names.get(i))) {
                chosen.add(jobs.get(i));
            }
        }
        return write(chosen, output, progress);
    }

    // Feeds go first, newest first: an article's feeds (the main feed's and its tags') then come
    // close together, while the writers still keep its entries. Every job finishes before this
    // returns, failed or not, so the caller can delete the folder without racing a writer; the
    // first failure is then rethrown.
    private static Map<String, Long> write(List<FileJob> unordered, AtomicFolder.Output output, Progress progress)
            throws IOException {
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        List<FileJob> sorted = new ArrayList<>(unordered);
        sorted.sort(Comparator.comparing(FileJob::newest, Comparator.nullsLast(Comparator.reverseOrder())));
        AtomicInteger done = new AtomicInteger();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (FileJob job : sorted) {
                futures.add(pool.submit(() -> {
                    sizes.put(job.file().toString(), job.writeTo(output));
                    progress.update(done.incrementAndGet(), sorted.size());
                }));
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
     * for other files. Either {@code content} makes its bytes or {@code placement} puts it there.
     */
    record FileJob(String path, Instant newest, String key, Content content, Placement placement) {

        FileJob(String path, String key, Content content) {
            this(path, null, key, content, null);
        }

        FileJob(String path, Instant newest, String key, Content content) {
            this(path, newest, key, content, null);
        }

        static FileJob placed(String path, String key, Placement placement) {
            return new FileJob(path, null, key, null, placement);
        }

        // the site's own files keep their path as it is; Herald's pages are folders with an index.html
        Path file() {
            return placement != null ? Path.of(path.substring(1)) : SitePaths.file(path);
        }

        /** Writes the file; returns its size in bytes. */
        long writeTo(AtomicFolder.Output output) {
            try {
                if (placement != null) {
                    return placement.placeInto(output);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
                content.writeTo(bytes);
                output.write(file(), bytes.toByteArray());
                return bytes.size();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
