package dev.herald.cli;

import dev.herald.core.io.InputResolver;
import dev.herald.core.io.InputResolver.FileInput;
import dev.herald.core.io.InputResolver.Input;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.SourcedArticle;
import dev.herald.core.read.UniqueIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads every input of a command into one result: articles with unique ids, and all problems. */
final class ArticleLoader {

    private final InputStream stdin;

    ArticleLoader(InputStream stdin) {
        this.stdin = stdin;
    }

    ReadResult load(List<String> arguments, SiteSettings site, Instant defaultPublished, InputFormat stdinFormat,
            List<Problem> earlierProblems) {
        InputResolver.Resolution resolution = InputResolver.resolve(arguments);
        ArticleReader reader = new ArticleReader(site, defaultPublished);
        List<SourcedArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(earlierProblems);
        problems.addAll(resolution.problems());
        for (Input input : resolution.inputs()) {
            ReadResult one = input instanceof FileInput file
                    ? reader.read(file.path())
                    : reader.read(InputResolver.STDIN, readStdin(), stdinFormat);
            articles.addAll(one.articles());
            problems.addAll(one.problems());
        }
        return UniqueIds.check(new ReadResult(articles, problems));
    }

    private byte[] readStdin() {
        try {
            // one byte past the limit is enough for the reader to refuse an oversized input
            return stdin.readNBytes((int) ArticleReader.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
