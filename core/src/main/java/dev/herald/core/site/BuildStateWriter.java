package dev.herald.core.site;

import dev.herald.core.model.Article;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.Image;
import dev.herald.core.model.Source;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Writes what follows a build state file's fingerprint, as {@link BuildStateReader} reads it. */
final class BuildStateWriter {

    private BuildStateWriter() {
    }

    /** What follows the fingerprint in a state file: the head, then the articles. */
    static void write(BuildState state, StateOutput out) throws IOException {
        out.writeInstant(state.stableFrom());
        out.writeInstant(state.stableUntil());
        BuildState.Summary summary = state.summary();
        out.writeInt(summary.articles());
        out.writeInt(summary.tags());
        out.writeString(summary.heldBack());
        out.writeBoolean(summary.clean());
        // stamps and problems first, the outputs (encoded on the other core meanwhile), then
        // the articles in the same order of files
        CompletableFuture<byte[]> outputs = CompletableFuture.supplyAsync(() -> encoded(state.outputs()));
        List<Map.Entry<String, BuildState.Source>> sources = List.copyOf(state.sources().entrySet());
        out.writeInt(sources.size());
        for (Map.Entry<String, BuildState.Source> source : sources) {
            out.writeString(source.getKey());
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
    }

    // the outputs' part of a state file, in memory
    private static byte[] encoded(Map<String, BuildState.Output> outputs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(outputs.size() * 96 + StateOutput.BUFFER);
        try {
            StateOutput out = new StateOutput(bytes);
            out.writeInt(outputs.size());
            for (Map.Entry<String, BuildState.Output> output : outputs.entrySet()) {
                out.writeString(output.getKey());
                out.writeString(output.getValue().key());
                out.writeLong(output.getValue().size());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: nothing but memory is written
        }
        return bytes.toByteArray();
    }

    private static void stampAndProblems(StateOutput out, BuildState.Source source) throws IOException {
        BuildState.Stamp stamp = source.stamp();
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
        out.writeString(stamp.fileKey());
        out.writeLong(stamp.sidecarSize());
        out.writeLong(stamp.sidecarModified());
        out.writeInt(source.problems().size());
        for (Problem problem : source.problems()) {
            out.writeString(problem.source());
            out.writeInt(problem.line());
            out.writeString(problem.field());
            out.writeString(problem.message());
            out.writeBoolean(problem.isError());
        }
    }

    private static void entries(StateOutput out, BuildState.Source source) throws IOException {
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
    private static void article(StateOutput out, Article article) throws IOException {
        out.writeString(article.id());
        out.writeString(article.title());
        out.writeString(article.summary());
        out.writeInstant(article.published());
        out.writeInstant(article.updated());
        out.writeInt(article.authors().size());
        for (Author author : article.authors()) {
            out.writeString(author.name());
            out.writeString(author.email());
            out.writeUri(author.url());
        }
        out.writeInt(article.tags().size());
        for (Tag tag : article.tags()) {
            out.writeString(tag.label());
            out.writeString(tag.slug());
        }
        out.writeUri(article.link());
        Image image = article.image();
        out.writeBoolean(image != null);
        if (image != null) {
            out.writeUri(image.url());
            out.writeString(image.caption());
            out.writeString(image.credit());
            out.writeString(image.alt());
        }
        Source source = article.source();
        out.writeBoolean(source != null);
        if (source != null) {
            out.writeString(source.name());
            out.writeUri(source.url());
        }
        out.writeString(article.language());
        out.writeInt(article.enclosures().size());
        for (Enclosure enclosure : article.enclosures()) {
            out.writeUri(enclosure.url());
            out.writeString(enclosure.mediaType());
            out.writeLong(enclosure.length());
        }
        out.writeBoolean(article.draft());
        out.writeInstant(article.expires());
    }
}
