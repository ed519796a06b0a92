package dev.herald.core.site;

import dev.herald.core.io.SiteUpdate;
import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import dev.herald.core.problem.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The file of a {@link BuildState}, hidden beside the site folder ({@code .NAME.herald-build}).
 * Deleting it is safe: the next build is then a full one. A plain binary layout of the fields,
 * read and written in one pass (Java serialization took seconds for the 100,000 articles of a
 * large site). The fingerprint comes first, so a state of another Herald or other settings is
 * refused before the rest is read; then the {@link Head}, so a build that finds nothing changed
 * need not wait for the articles; then the articles, file by file, in two halves read at once
 * (the offset of the second comes last). A CRC-32C of the whole ends it.
 */
public final class BuildStateFile {

    private static final String MAGIC = "herald-build-state 7";
    private static final int BUFFER = 1 << 16;
    // a count past this is a scribbled file, not a site
    private static final int MAX_COUNT = 50_000_000;

    private BuildStateFile() {
    }

    /** The state, or why there is none that can be used. */
    public record Loaded(BuildState state, String unusable) {
    }

    /** The state file of the site folder {@code site}: beside it, hidden. */
    public static Path fileOf(Path site) {
        return SiteUpdate.stateFileOf(site);
    }

    /**
     * The first part of a state: enough to tell that nothing changed since the last build and to
     * say again what it reported, without the articles that make up most of the file.
     *
     * @param stamps each source file's stamp, by the path the build read it from
     */
    public record Head(Instant stableFrom, Instant stableUntil, BuildState.Summary summary,
            Map<String, BuildState.Stamp> stamps, Map<String, BuildState.Output> outputs) {
    }

    /**
     * The state in {@code file} if it was made under {@code fingerprint}; else, or when it is
     * missing or unreadable, why it cannot be used.
     */
    public static Loaded read(Path file, Map<String, String> fingerprint) {
        return read(file, fingerprint, head -> { });
    }

    /**
     * The state in {@code file}, as {@link #read(Path, Map)}; {@code headFirst} hears its {@link
     * Head} as soon as that is read (never when the fingerprint differs or the file is unreadable),
     * and the rest is read once it returns.
     */
    public static Loaded read(Path file, Map<String, String> fingerprint, Consumer<Head> headFirst) {
        try {
            Input in = open(file, true); // mapped: nothing to close once the channel is
            Map<String, String> made = readFingerprint(in);
            String changed = changedPart(made, fingerprint);
            if (changed != null) {
                return new Loaded(null, changed + " changed since the last build");
            }
            Reader reader = new Reader(in);
            HeadWithProblems head = reader.head();
            headFirst.accept(head.head());
            return new Loaded(reader.rest(made, head), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, unusable(file, e));
        }
    }

    /**
     * Why the state in {@code file} was not made under {@code fingerprint}, from its first bytes
     * alone, or null when it was: a quick look before a build starts, which vouches for nothing
     * further on (the checksum and the rest are {@link #read(Path, Map) read} later).
     */
    public static String refusedFingerprint(Path file, Map<String, String> fingerprint) {
        try {
            String changed = changedPart(readFingerprint(open(file, false)), fingerprint);
            return changed == null ? null : changed + " changed since the last build";
        } catch (IOException | RuntimeException e) {
            return unusable(file, e);
        }
    }

    // none; or a truncated or scribbled file, or one of another Herald: start afresh
    private static String unusable(Path file, Exception e) {
        return e instanceof NoSuchFileException ? "there is no build state beside it"
                : "its build state " + file + " is unreadable";
    }

    /** Writes {@code state} to {@code file}: a temporary file moved there, never half-written. */
    public static void write(BuildState state, Path file) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            writeWhole(state, temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // the first part that differs, by its name
    private static String changedPart(Map<String, String> before, Map<String, String> now) {
        for (Map.Entry<String, String> part : now.entrySet()) {
            if (!part.getValue().equals(before.get(part.getKey()))) {
                return part.getKey();
            }
        }
        return before.keySet().equals(now.keySet()) ? null : "Herald";
    }

    /** The fingerprint alone. */
    private static Map<String, String> readFingerprint(Input in) throws IOException {
        if (!MAGIC.equals(string(in))) {
            throw new IOException("not a build state of this Herald");
        }
        int parts = count(in);
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            fingerprint.put(string(in), string(in));
        }
        return fingerprint;
    }

    /**
     * The whole file, to be read from the start, once its checksum is found right if {@code
     * checked}: a head read alone must not vouch for a file cut short or scribbled on further on.
     */
    private static Input open(Path file, boolean checked) throws IOException {
        ByteBuffer bytes;
        // mapped, not copied: a large site's state is tens of megabytes, of which an unchanged
        // build reads only the head
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Long.BYTES || size > Integer.MAX_VALUE) {
                throw new IOException("not the size of a build state: " + size);
            }
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        int length = bytes.capacity() - Long.BYTES;
        if (!checked) {
            return new Input(bytes.duplicate().limit(length));
        }
        CRC32C checksum = new CRC32C();
        checksum.update(bytes.duplicate().limit(length));
        if (bytes.getLong(length) != checksum.getValue()) {
            throw new IOException("its checksum is wrong");
        }
        return new Input(bytes.duplicate().limit(length));
    }

    private static void writeWhole(BuildState state, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            Output out = new Output(stream);
            string(out, MAGIC);
            out.writeInt(state.fingerprint().size());
            for (Map.Entry<String, String> part : state.fingerprint().entrySet()) {
                string(out, part.getKey());
                string(out, part.getValue());
            }
            instant(out, state.stableFrom());
            instant(out, state.stableUntil());
            BuildState.Summary summary = state.summary();
            out.writeInt(summary.articles());
            out.writeInt(summary.tags());
            string(out, summary.heldBack());
            out.writeBoolean(summary.clean());
            // stamps and problems first, the outputs (encoded on the other core meanwhile), then
            // the articles in the same order of files
            CompletableFuture<byte[]> outputs = CompletableFuture.supplyAsync(() -> encoded(state.outputs()));
            List<Map.Entry<String, BuildState.Source>> sources = List.copyOf(state.sources().entrySet());
            out.writeInt(sources.size());
            for (Map.Entry<String, BuildState.Source> source : sources) {
                string(out, source.getKey());
                stampAndProblems(out, source.getValue());
            }
            out.write(outputs.join());
            int half = sources.size() / 2;
            long secondHalf = out.position();
            for (int i = 0; i < sources.size(); i++) {
                if (i == half) {
                    secondHalf = out.position();
                }
                entries(out, sources.get(i).getValue());
            }
            // where the second half of the articles starts, so that both halves are read at once
            out.writeLong(secondHalf);
            out.flush();
            stream.write(ByteBuffer.allocate(Long.BYTES).putLong(out.checksum()).array());
        }
    }

    // the outputs' part of a state file, in memory
    private static byte[] encoded(Map<String, BuildState.Output> outputs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(outputs.size() * 96 + BUFFER);
        try {
            Output out = new Output(bytes);
            out.writeInt(outputs.size());
            for (Map.Entry<String, BuildState.Output> output : outputs.entrySet()) {
                string(out, output.getKey());
                string(out, output.getValue().key());
                out.writeLong(output.getValue().size());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: nothing but memory is written
        }
        return bytes.toByteArray();
    }

    private static void stampAndProblems(Output out, BuildState.Source source) throws IOException {
        BuildState.Stamp stamp = source.stamp();
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
        string(out, stamp.fileKey());
        out.writeLong(stamp.sidecarSize());
        out.writeLong(stamp.sidecarModified());
        out.writeInt(source.problems().size());
        for (Problem problem : source.problems()) {
            string(out, problem.source());
            out.writeInt(problem.line());
            string(out, problem.field());
            string(out, problem.message());
            out.writeBoolean(problem.isError());
        }
    }

    private static void entries(Output out, BuildState.Source source) throws IOException {
        if (source.stored() != null) {
            out.write(source.stored().duplicate()); // as the last state held them: nothing to encode again
            return;
        }
        List<BuildState.Entry> entries = source.entries();
        out.writeInt(entries.size());
        for (BuildState.Entry entry : entries) {
            article(out, entry.article());
            out.writeInt(entry.line());
            out.writeInt(entry.digest().length);
            out.write(entry.digest());
            for (long print : entry.prints()) {
                out.writeLong(print);
            }
        }
    }

    // the fields an article without body has
    private static void article(Output out, Article article) throws IOException {
        string(out, article.id());
        string(out, article.title());
        string(out, article.summary());
        instant(out, article.published());
        instant(out, article.updated());
        out.writeInt(article.authors().size());
        for (Author author : article.authors()) {
            string(out, author.name());
            string(out, author.email());
            uri(out, author.url());
        }
        out.writeInt(article.tags().size());
        for (Tag tag : article.tags()) {
            string(out, tag.label());
            string(out, tag.slug());
        }
        uri(out, article.link());
        Image image = article.image();
        out.writeBoolean(image != null);
        if (image != null) {
            uri(out, image.url());
            string(out, image.caption());
            string(out, image.credit());
            string(out, image.alt());
        }
        Source source = article.source();
        out.writeBoolean(source != null);
        if (source != null) {
            string(out, source.name());
            uri(out, source.url());
        }
        string(out, article.language());
        out.writeInt(article.enclosures().size());
        for (Enclosure enclosure : article.enclosures()) {
            uri(out, enclosure.url());
            string(out, enclosure.mediaType());
            out.writeLong(enclosure.length());
        }
        out.writeBoolean(article.draft());
        instant(out, article.expires());
    }

    /** One source file's entries and the bytes they were read from. */
    private record Stored(List<BuildState.Entry> entries, ByteBuffer bytes) {
    }

    /** The head, and what the rest needs of it to make the sources whole: their order and problems. */
    private record HeadWithProblems(Head head, List<String> files, List<List<Problem>> problems) {
    }

    /** Reads sources, sharing the tags and authors that many articles repeat. */
    private static final class Reader {

        private final Input in;
        private final Map<List<String>, Tag> tags = new HashMap<>();
        private final Map<List<String>, Author> authors = new HashMap<>();

        Reader(Input in) {
            this.in = in;
        }

        HeadWithProblems head() throws IOException {
            Instant from = instant();
            Instant until = instant();
            BuildState.Summary summary = new BuildState.Summary(in.readInt(), in.readInt(), string(in), in.readBoolean());
            int sourceCount = count(in);
            List<String> files = new ArrayList<>(sourceCount);
            Map<String, BuildState.Stamp> stamps = new HashMap<>(sourceCount * 2);
            List<List<Problem>> problems = new ArrayList<>(sourceCount);
            for (int i = 0; i < sourceCount; i++) {
                String file = string(in);
                files.add(file);
                stamps.put(file, new BuildState.Stamp(in.readLong(), in.readLong(), string(in), in.readLong(),
                        in.readLong()));
                problems.add(problems());
            }
            int outputCount = count(in);
            Map<String, BuildState.Output> outputs = new HashMap<>(outputCount * 2);
            for (int i = 0; i < outputCount; i++) {
                outputs.put(insideTheSite(string(in)), new BuildState.Output(string(in), in.readLong()));
            }
            return new HeadWithProblems(new Head(from, until, summary, stamps, outputs), files, problems);
        }

        BuildState rest(Map<String, String> fingerprint, HeadWithProblems first) throws IOException {
            Head head = first.head();
            List<String> files = first.files();
            int half = files.size() / 2;
            Input secondInput = in.secondHalf();
            CompletableFuture<List<Stored>> secondHalf = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Reader(secondInput).entriesOf(files.size() - half);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<Stored> entries = new ArrayList<>(entriesOf(half));
            entries.addAll(secondHalf.join());
            if (in.remaining() != 0 || secondInput.remaining() != 0) {
                throw new IOException("more than a build state");
            }
            Map<String, BuildState.Source> sources = new HashMap<>(files.size() * 2);
            for (int i = 0; i < files.size(); i++) {
                String file = files.get(i);
                Stored stored = entries.get(i);
                sources.put(file, new BuildState.Source(head.stamps().get(file), first.problems().get(i), stored.entries(),
                        stored.bytes()));
            }
            return new BuildState(fingerprint, head.stableFrom(), head.stableUntil(), head.summary(), sources,
                    head.outputs());
        }

        private List<Problem> problems() throws IOException {
            int problemCount = count(in);
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(new Problem(string(in), in.readInt(), string(in), string(in),
                        in.readBoolean() ? Severity.ERROR : Severity.WARNING));
            }
            return problems;
        }

        // the entries of the next {@code count} files
        private List<Stored> entriesOf(int count) throws IOException {
            List<Stored> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(entries());
            }
            return entries;
        }

        private Stored entries() throws IOException {
            int start = in.position();
            int entryCount = count(in);
            List<BuildState.Entry> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                Article article = article();
                int line = in.readInt();
                byte[] digest = in.bytes(count(in));
                long[] prints = EntryPrints.none();
                for (int f = 0; f < prints.length; f++) {
                    prints[f] = in.readLong();
                }
                entries.add(new BuildState.Entry(article, line, digest, prints));
            }
            return new Stored(entries, in.slice(start));
        }

        private Article article() throws IOException {
            String id = string(in);
            String title = string(in);
            String summary = string(in);
            Instant published = instant();
            Instant updated = instant();
            int authorCount = count(in);
            List<Author> articleAuthors = new ArrayList<>(authorCount);
            for (int i = 0; i < authorCount; i++) {
                String name = string(in);
                String email = string(in);
                String url = string(in);
                // checked once per author, not once per article: the checks use regular expressions
                articleAuthors.add(authors.computeIfAbsent(List.of(name, String.valueOf(email), String.valueOf(url)),
                        key -> new Author(name, email, url == null ? null : URI.create(url))));
            }
            int tagCount = count(in);
            List<Tag> articleTags = new ArrayList<>(tagCount);
            for (int i = 0; i < tagCount; i++) {
                String label = string(in);
                String slug = string(in);
                articleTags.add(tags.computeIfAbsent(List.of(label, slug), key -> new Tag(label, slug)));
            }
            URI link = uri(in);
            Image image = in.readBoolean() ? new Image(uri(in), string(in), string(in), string(in)) : null;
            Source source = in.readBoolean() ? new Source(string(in), uri(in)) : null;
            String language = string(in);
            int enclosureCount = count(in);
            List<Enclosure> enclosures = new ArrayList<>(enclosureCount);
            for (int i = 0; i < enclosureCount; i++) {
                enclosures.add(new Enclosure(uri(in), string(in), in.readLong()));
            }
            boolean draft = in.readBoolean();
            Instant expires = instant();
            return new Article(id, title, summary, "", published, updated, articleAuthors, articleTags, link, image, source,
                    language, enclosures, draft, expires);
        }

        private Instant instant() throws IOException {
            return BuildStateFile.instant(in);
        }
    }

    /** The bytes of a state file, read in order; running past the end is an unreadable file. */
    private static final class Input {

        private final ByteBuffer bytes;
        private byte[] text = new byte[256];

        Input(ByteBuffer bytes) {
            this.bytes = bytes;
        }

        int readInt() throws IOException {
            need(Integer.BYTES);
            return bytes.getInt();
        }

        long readLong() throws IOException {
            need(Long.BYTES);
            return bytes.getLong();
        }

        boolean readBoolean() throws IOException {
            need(1);
            return bytes.get() != 0;
        }

        String string(int length) throws IOException {
            need(length);
            if (text.length < length) {
                text = new byte[Math.max(length, text.length * 2)];
            }
            bytes.get(text, 0, length);
            return new String(text, 0, length, StandardCharsets.UTF_8);
        }

        byte[] bytes(int length) throws IOException {
            need(length);
            byte[] copy = new byte[length];
            bytes.get(copy);
            return copy;
        }

        int remaining() {
            return bytes.remaining();
        }

        int position() {
            return bytes.position();
        }

        // the bytes read since {@code start}
        ByteBuffer slice(int start) {
            return bytes.duplicate().limit(bytes.position()).position(start).slice();
        }

        /**
         * The second half of the articles, from the offset the file ends with; this input then
         * ends where it starts.
         */
        Input secondHalf() throws IOException {
            int end = bytes.limit() - Long.BYTES;
            if (end < bytes.position()) {
                throw new IOException("the file ends early");
            }
            long start = bytes.getLong(end);
            if (start < bytes.position() || start > end) {
                throw new IOException("the second half of the articles at " + start);
            }
            Input second = new Input(bytes.duplicate().limit(end).position((int) start));
            bytes.limit((int) start);
            return second;
        }

        private void need(int length) throws IOException {
            if (bytes.remaining() < length) {
                throw new IOException("the file ends early");
            }
        }
    }

    /** Writes the fields of a state to a stream through a buffer of its own. */
    private static final class Output {

        private final OutputStream stream;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private final CRC32C checksum = new CRC32C();
        private long flushed;

        Output(OutputStream stream) {
            this.stream = stream;
        }

        void writeInt(int value) throws IOException {
            room(Integer.BYTES).putInt(value);
        }

        void writeLong(long value) throws IOException {
            room(Long.BYTES).putLong(value);
        }

        void writeBoolean(boolean value) throws IOException {
            room(1).put((byte) (value ? 1 : 0));
        }

        void write(ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                int length = Math.min(bytes.remaining(), room(1).remaining());
                buffer.put(bytes.slice(bytes.position(), length));
                bytes.position(bytes.position() + length);
            }
        }

        void write(byte[] bytes) throws IOException {
            if (bytes.length > buffer.capacity()) {
                flush();
                checksum.update(bytes);
                stream.write(bytes);
                flushed += bytes.length;
                return;
            }
            room(bytes.length).put(bytes);
        }

        // how many bytes were written so far
        long position() {
            return flushed + buffer.position();
        }

        // of every byte written so far
        long checksum() {
            return checksum.getValue();
        }

        void flush() throws IOException {
            checksum.update(buffer.array(), 0, buffer.position());
            stream.write(buffer.array(), 0, buffer.position());
            flushed += buffer.position();
            buffer.clear();
        }

        private ByteBuffer room(int length) throws IOException {
            if (buffer.remaining() < length) {
                flush();
            }
            return buffer;
        }
    }

    // a file the next build may delete or replace: only ever a relative path below the site,
    // checked by its segments (a Path a file made that many times over costs a large site's state)
    private static String insideTheSite(String path) throws IOException {
        if (path.indexOf('\0') >= 0) {
            throw new IOException("not a file of the site: " + path);
        }
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            int stop = end < 0 ? path.length() : end;
            int length = stop - start;
            // empty (an absolute path, or "//"), "." or ".."
            if (length == 0 || length <= 2 && path.charAt(start) == '.' && (length == 1 || path.charAt(start + 1) == '.')) {
                throw new IOException("not a file of the site: " + path);
            }
            start = stop + 1;
        }
        return path;
    }

    private static int count(Input in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    private static void string(Output out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(Input in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_COUNT) {
            throw new IOException("a string of " + length + " bytes");
        }
        return in.string(length);
    }

    private static void uri(Output out, URI uri) throws IOException {
        string(out, uri == null ? null : uri.toString());
    }

    private static URI uri(Input in) throws IOException {
        String text = string(in);
        return text == null ? null : URI.create(text);
    }

    // Instant.MIN and MAX stand for "no bound" in a stable span, so seconds and nanos are kept whole
    private static void instant(Output out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant instant(Input in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
