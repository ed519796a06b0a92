package dev.herald.core.read;

import dev.herald.core.format.json.JsonArticleReader;
import dev.herald.core.format.markdown.MarkdownArticleReader;
import dev.herald.core.format.wire.WireCopyReader;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problems;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.binding.ArticleBinder;
import dev.herald.core.read.binding.FormatReader;
import dev.herald.core.read.binding.InputDocument;
import dev.herald.core.read.binding.YamlObjects;
import dev.herald.core.text.HtmlSanitizer;
import dev.herald.core.text.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads article files of every input format, picking the reader by extension. Problems never
 * escape as exceptions: an unreadable, empty, binary, mis-encoded or oversized file is a problem
 * of that file, and the other files still read. Thread-safe.
 */
public final class ArticleReader {

    /** Largest article file read, in bytes (16 MiB): larger ones are refused with a problem. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** The suffix of a wire-copy sidecar: {@code story.txt} has {@code story.meta.yaml}. */
    public static final String SIDECAR_SUFFIX = ".meta.yaml";

    private final Map<InputFormat, FormatReader> readers = new EnumMap<>(InputFormat.class);
    private final SiteSettings site;
    private final Instant defaultPublished;
    /** Whether a site-relative URL names a file or page of the site; null: not checked. */
    private final Predicate<String> siteLinks;

    /**
     * @param site             supplies the tag vocabulary for wire copy
     * @param defaultPublished publication time for wire copy without a date, or null for the
     *                         file's modification time
     */
    private ArticleReader(SiteSettings site, Instant defaultPublished, Predicate<String> siteLinks) {
        this.site = site;
        this.defaultPublished = defaultPublished;
        this.siteLinks = siteLinks;
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        ArticleBinder binder = new ArticleBinder(sanitizer, new MarkdownRenderer(sanitizer));
        YamlObjects yaml = new YamlObjects();
        readers.put(InputFormat.JSON, new JsonArticleReader(binder));
        readers.put(InputFormat.MARKDOWN, new MarkdownArticleReader(binder, yaml));
        readers.put(InputFormat.WIRE, new WireCopyReader(binder, yaml, site.tagVocabulary(), site.language(), defaultPublished));
    }

    /** A reader that dates wire copy without a date by its file's modification time. */
    public static ArticleReader forSite(SiteSettings site) {
        return new ArticleReader(site, null, null);
    }

    /** A reader that dates wire copy without a date {@code published}. */
    public static ArticleReader withDefaultPublished(SiteSettings site, Instant published) {
        return new ArticleReader(site, Objects.requireNonNull(published, "published"), null);
    }

    /**
     * The same reader, checking that every site-relative URL ({@code /images/x.jpg}) of an article
     * names something: an article with one that does not is an error, on the URL's line.
     *
     * @param exists whether a site-relative URL, as written (percent-encoded), names a file or page
     */
    public ArticleReader checkingSiteLinks(Predicate<String> exists) {
        return new ArticleReader(site, defaultPublished, Objects.requireNonNull(exists, "exists"));
    }

    /** Reads one file, named in problems by {@code file}'s string form. */
    public ReadResult read(Path file) {
        String name = file.toString();
        Problems problems = new Problems(name);
        Optional<InputFormat> format = InputFormat.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean feed = lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom");
            problems.error(0, null, feed
                    ? "a feed, not an article: herald import FILE --out DIR turns its entries into article files"
                    : "unknown article format: the name must end in .json, .md or .txt");
            return new ReadResult(List.of(), problems.toList());
        }
        Optional<byte[]> bytes = readBytes(file, problems);
        if (bytes.isEmpty()) {
            return new ReadResult(List.of(), problems.toList());
        }
        String idFromName = Slugs.idSlug(baseName(file.getFileName().toString()));
        Instant modified = modified(file);
        InputDocument sidecar = format.get() == InputFormat.WIRE ? sidecar(file, problems).orElse(null) : null;
        return decodeAndRead(name, bytes.get(), format.get(), idFromName, modified, sidecar, problems);
    }

    /**
     * Reads input that is not a file (standard input, an HTTP body): no id from a file name, no
     * modification time, no sidecar.
     */
    public ReadResult read(String name, byte[] bytes, InputFormat format) {
        return read(name, bytes, format, null);
    }

    /**
     * Reads input that is not a file but is named by an id (the body of {@code PUT
     * /api/articles/{id}}): that id is the article's unless the input gives its own.
     */
    public ReadResult read(String name, byte[] bytes, InputFormat format, String defaultId) {
        Problems problems = new Problems(name);
        if (bytes.length > MAX_FILE_BYTES) {
            problems.error(0, null, tooLarge(bytes.length));
            return new ReadResult(List.of(), problems.toList());
        }
        return decodeAndRead(name, bytes, format, defaultId, null, null, problems);
    }

    private ReadResult decodeAndRead(String name, byte[] bytes, InputFormat format, String idFromName,
            Instant modified, InputDocument sidecar, Problems problems) {
        Optional<String> text = TextDecoder.decode(bytes, format == InputFormat.WIRE, problems);
        if (text.isEmpty()) {
            return new ReadResult(List.of(), problems.toList());
        }
        InputDocument document = new InputDocument(name, text.get(), idFromName, modified, sidecar);
        try {
            List<SourcedArticle> articles = readers.get(format).read(document, problems);
            if (siteLinks != null) {
                articles = SiteLinks.check(articles, text.get(), siteLinks, problems);
            }
            return new ReadResult(articles, problems.toList());
        } catch (RuntimeException | StackOverflowError e) {
            // the last line of defence: whatever a library throws on hostile input (markup nested
            // thousands deep, a parser's own bug) is this file's problem, and the other files still read
            problems.error(0, null, "cannot be read: " + ReadFailures.describe(e));
            return new ReadResult(List.of(), problems.toList());
        }
    }

    /**
     * A text file read as article files are (at most {@link #MAX_FILE_BYTES}, strictly UTF-8), or
     * empty with the problem: the site's settings are read so.
     */
    public static Optional<String> readText(Path file, Problems problems) {
        return readBytes(file, problems).flatMap(bytes -> TextDecoder.decode(bytes, problems));
    }

    private static Optional<byte[]> readBytes(Path file, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(0, null, tooLarge(size));
                return Optional.empty();
            }
            Optional<byte[]> bytes = LimitedReads.read(file, (int) MAX_FILE_BYTES);
            if (bytes.isEmpty()) {
                problems.error(0, null, "holds more than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB (a device, or a file that grew while read); article files may be at most that");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            problems.error(0, null, Files.isSymbolicLink(file) ? brokenLink(file) : "no such file");
        } catch (IOException e) {
            problems.error(0, null, "cannot be read: " + ReadFailures.ofFile(e));
        }
        return Optional.empty();
    }

    private static String brokenLink(Path link) {
        try {
            return "a link to " + Files.readSymbolicLink(link) + ", which is no file (fix or remove the link)";
        } catch (IOException e) {
            return "a link that leads to no file";
        }
    }

    /** Where the sidecar of a wire-copy file would be: {@code story.txt} has {@code story.meta.yaml}. */
    public static Path sidecarOf(Path file) {
        return file.resolveSibling(baseName(file.getFileName().toString()) + SIDECAR_SUFFIX);
    }

    /** The wire-copy file a sidecar belongs to ({@code story.meta.yaml}: {@code story.txt}); empty for other files. */
    public static Optional<Path> wireCopyOf(Path sidecar) {
        String name = sidecar.getFileName().toString();
        if (!name.endsWith(SIDECAR_SUFFIX)) {
            return Optional.empty();
        }
        String base = name.substring(0, name.length() - SIDECAR_SUFFIX.length());
        return Optional.of(sidecar.resolveSibling(base + "." + InputFormat.WIRE.extension()));
    }

    private static Optional<InputDocument> sidecar(Path file, Problems problems) {
        Path sidecar = sidecarOf(file);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        Problems sidecarProblems = problems.forSource(sidecar.toString());
        return readBytes(sidecar, sidecarProblems)
                .flatMap(bytes -> TextDecoder.decode(bytes, sidecarProblems))
                .map(text -> new InputDocument(sidecar.toString(), text, null, null, null));
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            // the file was just read; without a time, wire copy asks for a date instead
            return null;
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String tooLarge(long size) {
        return String.format("file is %.1f MiB; article files may be at most %d MiB",
                size / (1024.0 * 1024.0), MAX_FILE_BYTES / (1024 * 1024));
    }
}
