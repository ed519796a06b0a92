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
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.TagCollisions;
import dev.herald.core.read.UniqueIds;
import dev.herald.core.site.Progress;
import dev.herald.core.site.SiteConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads every input of a command into one result: articles with unique ids, and all problems. */
final class ArticleLoader {

    /** The site's settings and its own files, with their problems. */
    record Settings(SiteSettings site, StaticFiles ownFiles, List<Problem> problems) {
    }

    /**
     * The site's settings, its own files, what the inputs gave (the settings file's and the own
     * files' problems first), and the reader that read them.
     */
    record Loaded(SiteSettings site, StaticFiles ownFiles, ReadResult result, ArticleReader reader) {

        long errorCount() {
            return result.problems().stream().filter(Problem::isError).count();
        }
    }

    /** How one file is read: afresh, or from what a build kept of it. */
    @FunctionalInterface
    interface FileReads {
        ReadResult read(FileInput file, ArticleReader reader);
    }

    private final InputStream stdin;

    ArticleLoader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Settings from the options and {@code herald.yaml}, then every input read with them. */
    Loaded load(List<String> arguments, InputOptions options, Progress progress) {
        Settings settings = settings(arguments, options);
        return load(resolve(arguments, settings), options, settings, progress, (file, reader) -> reader.read(file.path()));
    }

    /** Settings from the options and {@code herald.yaml}, and the site's own files. */
    Settings settings(List<String> arguments, InputOptions options) {
        Problems configProblems = new Problems(SiteConfig.FILE_NAME);
        SiteSettings site = options.site.resolve(arguments, configProblems);
        List<Problem> earlier = new ArrayList<>(configProblems.toList());
        Optional<Path> ownFolder = options.site.staticFolder(arguments);
        Optional<String> notOwn = ownFolder.flatMap(folder -> StaticFiles.notPublishable(folder)
                .or(() -> articleFolders(arguments).stream()
                        .flatMap(articles -> StaticFiles.notOwnFolder(folder, articles).stream()).findFirst()));
        if (notOwn.isPresent()) {
            // published as they are, the articles (or a home folder) would leak: no own files, and the build stops
            String settingsFile = options.site.configFile(arguments).map(Path::toString).orElse(SiteConfig.FILE_NAME);
            earlier.add(Problem.error(settingsFile, 0, "static", notOwn.get()));
            return new Settings(site, StaticFiles.none(), earlier);
        }
        StaticFiles own = ownFolder.map(StaticFiles::of).orElse(StaticFiles.none());
        earlier.addAll(own.problems());
        return new Settings(site, own, earlier);
    }

    // the input folders, whose article files must never be the site's own files
    private static List<Path> articleFolders(List<String> arguments) {
        return arguments.stream().filter(argument -> !argument.equals("-")).map(Path::of).filter(Files::isDirectory)
                .toList();
    }

    /** The inputs the arguments name, the site's own files left out. */
    InputResolver.Resolution resolve(List<String> arguments, Settings settings) {
        return InputResolver.resolve(arguments, settings.ownFiles().folder().orElse(null));
    }

    /**
     * Reads every input with {@code settings}, files in parallel through {@code reads}, results in
     * input order; {@code progress} hears each file.
     */
    Loaded load(InputResolver.Resolution resolution, InputOptions options, Settings settings, Progress progress,
            FileReads reads) {
        StaticFiles own = settings.ownFiles();
        Instant defaultPublished = options.read.published;
        ArticleReader reader = (defaultPublished == null ? ArticleReader.forSite(settings.site())
                : ArticleReader.withDefaultPublished(settings.site(), defaultPublished))
                .checkingSiteLinks(url -> own.contains(url)
                        || StaticFiles.decodedPath(url).filter(SitePaths::isGenerated).isPresent());
        List<Input> inputs = resolution.inputs();
        AtomicInteger done = new AtomicInteger();
        List<ReadResult> results = inputs.parallelStream().map(input -> {
            ReadResult one = input instanceof FileInput file
                    ? reads.read(file, reader)
                    : stdin(reader, options.read);
            progress.update(done.incrementAndGet(), inputs.size());
            return one;
        }).toList();
        List<SourcedArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(settings.problems());
        problems.addAll(resolution.problems());
        for (ReadResult one : results) {
            articles.addAll(one.articles());
            problems.addAll(one.problems());
        }
        ReadResult result = TagCollisions.check(UniqueIds.check(new ReadResult(articles, problems)));
        return new Loaded(settings.site(), own, result, reader);
    }

    // JSON is the default: one who pipes Markdown or wire copy in without naming it is told how
    private ReadResult stdin(ArticleReader reader, ReadOptions options) {
        ReadResult read = reader.read(InputResolver.STDIN, readStdin(), options.stdinFormat());
        boolean notJson = read.problems().stream().anyMatch(problem -> problem.isError()
                && problem.message().startsWith("invalid JSON: "));
        if (!notJson || !options.stdinIsJsonByDefault()) {
            return read;
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.add(Problem.error(InputResolver.STDIN, 0, null, "standard input is read as JSON: give --input-format md"
                + " for Markdown, or txt for wire copy"));
        return new ReadResult(read.articles(), problems);
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
