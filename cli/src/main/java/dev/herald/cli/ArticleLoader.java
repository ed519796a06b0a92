package dev.herald.cli;

import dev.herald.core.io.InputResolver.FileInput;
import dev.herald.core.io.InputResolver.Input;
import dev.herald.core.io.InputResolver;
import dev.herald.core.io.StaticFiles;
import dev.herald.core.site.SitePaths;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problem;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.InputFormat;
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.TagCollisions;
import dev.herald.core.read.UniqueIds;
import dev.herald.core.site.Progress;
import dev.herald.core.site.SiteConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads every input of a command into one result: articles with unique ids, and all problems. */
final class ArticleLoader {

    /**
     * The site's settings, its own files, and what the inputs gave, the settings file's and the
     * own files' problems first.
     */
    record Loaded(SiteSettings site, StaticFiles ownFiles, ReadResult result) {

        long errorCount() {
            return result.problems().stream().filter(Problem::isError).count();
        }
    }

    private final InputStream stdin;

    ArticleLoader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Settings from the options and {@code herald.yaml}, then every input read with them. */
    Loaded load(List<String> arguments, InputOptions options, Progress progress) {
        Problems configProblems = new Problems(SiteConfig.FILE_NAME);
        SiteSettings site = options.site.resolve(arguments, configProblems);
        StaticFiles own = options.site.staticFolder(arguments).map(StaticFiles::of).orElse(StaticFiles.none());
        List<Problem> earlier = new ArrayList<>(configProblems.toList());
        earlier.addAll(own.problems());
        return new Loaded(site, own, load(arguments, site, own, options.read.published, options.read.stdinFormat,
                earlier, progress));
    }

    /** Reads every input, files in parallel, results in input order; {@code progress} hears each file. */
    private ReadResult load(List<String> arguments, SiteSettings site, StaticFiles own, Instant defaultPublished,
            InputFormat stdinFormat, List<Problem> earlierProblems, Progress progress) {
        InputResolver.Resolution resolution = InputResolver.resolve(arguments, own.folder().orElse(null));
        ArticleReader reader = (defaultPublished == null ? ArticleReader.forSite(site)
                : ArticleReader.withDefaultPublished(site, defaultPublished))
                .checkingSiteLinks(url -> own.contains(url)
                        || StaticFiles.decodedPath(url).filter(SitePaths::isGenerated).isPresent());
        List<Input> inputs = resolution.inputs();
        AtomicInteger done = new AtomicInteger();
        List<ReadResult> results = inputs.parallelStream().map(input -> {
            ReadResult one = input instanceof FileInput file
                    ? reader.read(file.path())
                    : reader.read(InputResolver.STDIN, readStdin(), stdinFormat);
            progress.update(done.incrementAndGet(), inputs.size());
            return one;
        }).toList();
        List<SourcedArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(earlierProblems);
        problems.addAll(resolution.problems());
        for (ReadResult one : results) {
            articles.addAll(one.articles());
            problems.addAll(one.problems());
        }
        return TagCollisions.check(UniqueIds.check(new ReadResult(articles, problems)));
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
