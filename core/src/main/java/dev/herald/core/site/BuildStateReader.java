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
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reads what follows a build state's fingerprint, as {@link BuildStateWriter} wrote it: the head,
 * then the sources' articles in two halves at once, sharing the tags and authors that many
 * articles repeat.
 */
final class BuildStateReader {

    /** The head, and what the rest needs of it to make the sources whole: their order and problems. */
    record HeadWithProblems(BuildState.Head head, List<String> files, List<List<Problem>> problems) {
    }

    /** One source file's entries and the bytes they were read from. */
    private record Stored(List<BuildState.Entry> entries, ByteBuffer bytes) {
    }

    private final StateInput in;
    private final Map<List<String>, Tag> tags = new HashMap<>();
    private final Map<List<String>, Author> authors = new HashMap<>();

    BuildStateReader(StateInput in) {
        this.in = in;
    }

    HeadWithProblems head() throws IOException {
        Instant from = in.readInstant();
        Instant until = in.readInstant();
        BuildState.Summary summary = new BuildState.Summary(in.readInt(), in.readInt(), in.readString(),
                in.readBoolean());
        int sourceCount = in.readCount();
        List<String> files = new ArrayList<>(sourceCount);
        Map<String, BuildState.Stamp> stamps = new HashMap<>(sourceCount * 2);
        List<List<Problem>> problems = new ArrayList<>(sourceCount);
        for (int i = 0; i < sourceCount; i++) {
            String file = in.readString();
            files.add(file);
            stamps.put(file, new BuildState.Stamp(in.readLong(), in.readLong(), in.readString(), in.readLong(),
                    in.readLong()));
            problems.add(problems());
        }
        int outputCount = in.readCount();
        Map<String, BuildState.Output> outputs = new HashMap<>(outputCount * 2);
        for (int i = 0; i < outputCount; i++) {
            outputs.put(insideTheSite(in.readString()), new BuildState.Output(in.readString(), in.readLong()));
        }
        return new HeadWithProblems(new BuildState.Head(from, until, summary, stamps, outputs), files, problems);
    }

    BuildState rest(Map<String, String> fingerprint, HeadWithProblems first) throws IOException {
        BuildState.Head head = first.head();
        List<String> files = first.files();
        int half = files.size() / 2;
        StateInput secondInput = in.secondHalf();
        CompletableFuture<List<Stored>> secondHalf = CompletableFuture.supplyAsync(() -> {
            try {
                return new BuildStateReader(secondInput).entriesOf(files.size() - half);
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
        int problemCount = in.readCount();
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new Problem(in.readString(), in.readInt(), in.readString(), in.readString(),
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
        int entryCount = in.readCount();
        List<BuildState.Entry> entries = new ArrayList<>(entryCount);
        for (int i = 0; i < entryCount; i++) {
            Article article = article();
            int line = in.readInt();
            byte[] digest = in.readBytes(in.readCount());
            long[] prints = EntryPrints.none();
            for (int f = 0; f < prints.length; f++) {
                prints[f] = in.readLong();
            }
            entries.add(new BuildState.Entry(article, line, digest, prints));
        }
        return new Stored(entries, in.slice(start));
    }

    private Article article() throws IOException {
        String id = in.readString();
        String title = in.readString();
        String summary = in.readString();
        Instant published = in.readInstant();
        Instant updated = in.readInstant();
        int authorCount = in.readCount();
        List<Author> articleAuthors = new ArrayList<>(authorCount);
        for (int i = 0; i < authorCount; i++) {
            String name = in.readString();
            String email = in.readString();
            String url = in.readString();
            // checked once per author, not once per article: the checks use regular expressions
            articleAuthors.add(authors.computeIfAbsent(List.of(name, String.valueOf(email), String.valueOf(url)),
                    key -> new Author(name, email, url == null ? null : URI.create(url))));
        }
        int tagCount = in.readCount();
        List<Tag> articleTags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) {
            String label = in.readString();
            String slug = in.readString();
            articleTags.add(tags.computeIfAbsent(List.of(label, slug), key -> new Tag(label, slug)));
        }
        URI link = in.readUri();
        Image image = in.readBoolean() ? new Image(in.readUri(), in.readString(), in.readString(), in.readString())
                : null;
        Source source = in.readBoolean() ? new Source(in.readString(), in.readUri()) : null;
        String language = in.readString();
        int enclosureCount = in.readCount();
        List<Enclosure> enclosures = new ArrayList<>(enclosureCount);
        for (int i = 0; i < enclosureCount; i++) {
            enclosures.add(new Enclosure(in.readUri(), in.readString(), in.readLong()));
        }
        boolean draft = in.readBoolean();
        Instant expires = in.readInstant();
        return new Article(id, title, summary, "", published, updated, articleAuthors, articleTags, link, image, source,
                language, enclosures, draft, expires);
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
}
