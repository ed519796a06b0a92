package dev.herald.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers over a built site: its files, their bytes and times, and copies of example folders. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Every file below {@code root}, relative path to bytes, in path order. */
    static Map<String, String> contents(Path root) {
        Map<String, String> files = new TreeMap<>();
        walk(root, file -> files.put(root.relativize(file).toString(), read(file)));
        return files;
    }

    /**
     * Every file below {@code root}, relative path to its exact bytes (one char a byte, so an
     * assertion shows where two differ).
     */
    static Map<String, String> bytes(Path root) {
        Map<String, String> files = new TreeMap<>();
        walk(root, file -> {
            try {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return files;
    }

    /** Every file below {@code root}, relative path to modification time. */
    static Map<String, FileTime> times(Path root) {
        Map<String, FileTime> times = new TreeMap<>();
        walk(root, file -> times.put(root.relativize(file).toString(), time(file)));
        return times;
    }

    /**
     * Every file below {@code root}, relative path to what identifies the file on disk (inode and
     * modification time): a file rewritten, even with the same bytes, gets another.
     */
    static Map<String, Object> identities(Path root) {
        Map<String, Object> identities = new TreeMap<>();
        walk(root, file -> identities.put(root.relativize(file).toString(), identity(file)));
        return identities;
    }

    private static Object identity(Path file) {
        try {
            return List.of(Files.readAttributes(file, BasicFileAttributes.class).fileKey(), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder and everything below it (the site's own files too) into a new folder below {@code parent}. */
    /** The files named {@code name} below {@code root}, in path order. */
    static List<Path> named(Path root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    static Path copyFolder(Path from, Path parent, String name) throws IOException {
        Path to = Files.createDirectories(parent.resolve(name));
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return to;
    }

    private static void walk(Path root, java.util.function.Consumer<Path> action) {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            // images are compared as bytes kept in a string, text as text
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime time(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
