package dev.herald.core.site;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import dev.herald.core.problem.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file of a {@link BuildState}, hidden beside the site folder ({@code .NAME.herald-build}).
 * Deleting it is safe: the next build is then a full one. A plain binary layout of the fields,
 * read and written in one pass (Java serialization took seconds for the 100,000 articles of a
 * large site); the fingerprint comes first, so a state of another Herald or other settings is
 * refused before the rest is read.
 */
public final class BuildStateFile {

    private static final String MAGIC = "herald-build-state 3";
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
        Path absolute = site.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".herald-build");
    }

    /**
     * The state in {@code file} if it was made under {@code fingerprint}; else, or when it is
     * missing or unreadable, why it cannot be used.
     */
    public static Loaded read(Path file, Map<String, String> fingerprint) {
        try (Input in = open(file)) {
            Map<String, String> made = readFingerprint(in);
            String changed = changedPart(made, fingerprint);
            if (changed != null) {
                return new Loaded(null, changed + " changed since the last build");
            }
            return new Loaded(readRest(in, made), null);
        } catch (NoSuchFileException e) {
            return new Loaded(null, "there is no build state beside it");
        } catch (IOException | RuntimeException e) {
            // a truncated or scribbled file, or one of another Herald: start afresh
            return new Loaded(null, "its build state " + file + " is unreadable");
        }
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

    /** What follows the fingerprint. */
    private static BuildState readRest(Input in, Map<String, String> fingerprint) throws IOException {
        Reader reader = new Reader(in);
        Instant from = reader.instant();
        Instant until = reader.instant();
        int sourceCount = count(in);
        Map<String, BuildState.Source> sources = new HashMap<>(sourceCount * 2);
        for (int i = 0; i < sourceCount; i++) {
            sources.put(string(in), reader.source());
        }
        int outputCount = count(in);
        Map<String, BuildState.Output> outputs = new HashMap<>(outputCount * 2);
        for (int i = 0; i < outputCount; i++) {
            outputs.put(insideTheSite(string(in)), new BuildState.Output(string(in), in.readLong()));
        }
        if (in.remaining() != 0) {
            throw new IOException("more than a build state");
        }
        return new BuildState(fingerprint, from, until, sources, outputs);
    }

    /** The whole file, to be read from the start. */
    private static Input open(Path file) throws IOException {
        return new Input(ByteBuffer.wrap(Files.readAllBytes(file)));
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
            out.writeInt(state.sources().size());
            for (Map.Entry<String, BuildState.Source> source : state.sources().entrySet()) {
                string(out, source.getKey());
                source(out, source.getValue());
            }
            out.writeInt(state.outputs().size());
            for (Map.Entry<String, BuildState.Output> output : state.outputs().entrySet()) {
                string(out, output.getKey());
                string(out, output.getValue().key());
                out.writeLong(output.getValue().size());
            }
            out.flush();
        }
    }

    private static void source(Output out, BuildState.Source source) throws IOException {
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
        out.writeInt(source.entries().size());
        for (BuildState.Entry entry : source.entries()) {
            article(out, entry.article());
            out.writeInt(entry.line());
            out.writeInt(entry.digest().length);
            out.write(entry.digest());
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

    /** Reads sources, sharing the tags and authors that many articles repeat. */
    private static final class Reader {

        private final Input in;
        private final Map<List<String>, Tag> tags = new HashMap<>();
        private final Map<List<String>, Author> authors = new HashMap<>();

        Reader(Input in) {
            this.in = in;
        }

        BuildState.Source source() throws IOException {
            BuildState.Stamp stamp = new BuildState.Stamp(in.readLong(), in.readLong(), string(in), in.readLong(),
                    in.readLong());
            int problemCount = count(in);
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(new Problem(string(in), in.readInt(), string(in), string(in),
                        in.readBoolean() ? Severity.ERROR : Severity.WARNING));
            }
            int entryCount = count(in);
            List<BuildState.Entry> entries = new ArrayList<>(entryCount);
            for (int i = 0; i < entryCount; i++) {
                Article article = article();
                int line = in.readInt();
                byte[] digest = in.bytes(count(in));
                entries.add(new BuildState.Entry(article, line, digest));
            }
            return new BuildState.Source(stamp, problems, entries);
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
    private static final class Input implements AutoCloseable {

        private final ByteBuffer bytes;

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
            String text = new String(bytes.array(), bytes.position(), length, StandardCharsets.UTF_8);
            bytes.position(bytes.position() + length);
            return text;
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

        private void need(int length) throws IOException {
            if (bytes.remaining() < length) {
                throw new IOException("the file ends early");
            }
        }

        @Override
        public void close() {
            // nothing held: the file was read whole
        }
    }

    /** Writes the fields of a state to a stream through a buffer of its own. */
    private static final class Output {

        private final OutputStream stream;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

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

        void write(byte[] bytes) throws IOException {
            if (bytes.length > buffer.capacity()) {
                flush();
                stream.write(bytes);
                return;
            }
            room(bytes.length).put(bytes);
        }

        void flush() throws IOException {
            stream.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }

        private ByteBuffer room(int length) throws IOException {
            if (buffer.remaining() < length) {
                flush();
            }
            return buffer;
        }
    }

    // a file the next build may delete or replace: only ever a relative path below the site
    private static String insideTheSite(String path) throws IOException {
        Path relative = Path.of(path);
        if (path.isEmpty() || relative.isAbsolute() || !relative.normalize().equals(relative) || relative.startsWith("..")) {
            throw new IOException("not a file of the site: " + path);
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
