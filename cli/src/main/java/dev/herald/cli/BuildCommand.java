package dev.herald.cli;

import dev.herald.core.HeraldException;
import dev.herald.core.io.AtomicFolder;
import dev.herald.core.io.InputResolver;
import dev.herald.core.io.OutputFolders;
import dev.herald.core.model.Article;
import dev.herald.core.query.Publication;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.BuildFingerprint;
import dev.herald.core.site.BuildState;
import dev.herald.core.site.IncrementalBuild;
import dev.herald.core.site.SitePaths;
import dev.herald.core.site.StaticSiteBuilder;
import dev.herald.core.site.TagCount;
import dev.herald.core.text.Counts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald build}: the whole static site, or what changed in it since the last build. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the static site: every feed, every tag's feeds, OPML, HTML pages.",
                "A rebuild reads and writes only what changed since the last build.",
                "With any problem the exit code is 1 and DIR is left as it was, unless --keep-going."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    PublishingOptions publishing;

    @Mixin
    VerboseOption verbose;

    @Parameters(index = "0", paramLabel = "SRC", description = "Folder of article files, with herald.yaml.")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = {"Where the site goes.",
            "A build state beside it (.DIR.herald-build) lets the next build write only what changed;",
            "deleting it is safe."})
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Items in each feed and list page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--keep-going",
            description = "Publish the valid articles even when others have problems (the exit code is still 1).")
    boolean keepGoing;

    @Option(names = "--force", description = {"Replace DIR even when it is not empty and was not built by Herald.",
            "Everything in it is deleted. Never allowed for what the build reads (SRC, the settings, the own files),",
            "nor for the home or working folder, Herald's own, or a folder that holds one of them or a repository."})
    boolean force;

    @Option(names = "--allow-empty", description = {"Publish a site of no article over DIR's articles.",
            "Without it, a SRC with no article to read leaves a site with articles as it was (a folder not mounted)."})
    boolean allowEmpty;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
    boolean quiet;

    private final InputStream stdin;

    BuildCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        boolean launchedRebuild = LaunchedRebuild.isThisJvm();
        if (launchedRebuild) {
            LaunchedRebuild.endWithTheLauncher();
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (!Files.isDirectory(source)) {
            throw new ParameterException(spec.commandLine(), "SRC must be a folder: " + source);
        }
        long start = System.nanoTime();
        List<String> arguments = List.of(source.toString());
        ArticleLoader loader = new ArticleLoader(stdin);
        ArticleLoader.Settings settings = loader.settings(arguments, input);
        OutputFolders.refusal(out, buildInputs(arguments, settings), force).ifPresent(why -> {
            throw new ParameterException(spec.commandLine(), "refusing --out: " + why + "; nothing was changed");
        });
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, !quiet && ProgressBar.isInteractive());
        // a 404.html put into DIR by hand is the editor's, kept as any file Herald did not write
        boolean ownNotFoundPage = OutputFolders.holdsForeignFile(out, SitePaths.NOT_FOUND.substring(1));
        try (IncrementalBuild build = open(settings, ownNotFoundPage, err)) {
            if (launchedRebuild && build.fullAhead().isPresent()) {
                return ExitCode.FULL_BUILD_JVM_WANTED;
            }
            InputResolver.Resolution inputs = loader.resolve(arguments, settings);
            OutputFolders.linkedInto(out, linkedFiles(inputs)).ifPresent(why -> {
                throw new ParameterException(spec.commandLine(), "refusing --out: " + why + "; nothing was changed");
            });
            Instant now = publishing.instant(Clock.systemUTC());
            Optional<IncrementalBuild.Outcome> unchanged = settings.problems().isEmpty() && inputs.problems().isEmpty()
                    ? build.unchanged(fileInputs(inputs), settings.ownFiles(), now) : Optional.empty();
            if (unchanged.isPresent()) {
                summarize(err, unchanged.get(), start);
                return ExitCode.OK;
            }
            ArticleLoader.Loaded loaded = loader.load(inputs, input, settings, bar.phase("reading"),
                    (file, reader) -> build.sources().read(file.path(), file.listed(), reader::read));
            bar.finish();
            ReadResult result = loaded.result();
            result.problems().forEach(err::println);
            long errors = loaded.errorCount();
            if (errors > 0 && !keepGoing) {
                err.println("herald: " + Counts.of(errors, "problem", "problems") + "; " + out
                        + " left as it was (--keep-going publishes the valid articles)");
                return ExitCode.INVALID_INPUT;
            }
            if (result.articleList().isEmpty() && !allowEmpty && holdsArticlePages(out)) {
                err.println("herald: " + (inputs.inputs().isEmpty() ? source + " holds no article file"
                        : "no article of " + source + " could be read") + ", and " + out + " has articles: it is left as"
                        + " it was (is " + source + " the right folder, and there? --allow-empty publishes a site of none)");
                return ExitCode.INVALID_INPUT;
            }
            Publication<Article> publication = publishing.publication(result.articleList(), Clock.fixed(now, ZoneOffset.UTC));
            List<Article> articles = publication.shown();
            BuildState.Summary summary = new BuildState.Summary(articles.size(), TagCount.distinct(articles),
                    publication.heldBack(), result.problems().isEmpty());
            StaticSiteBuilder builder = new StaticSiteBuilder(loaded.site(), limit, !ownNotFoundPage);
            IncrementalBuild.Outcome outcome = build.write(builder, articles, loaded.ownFiles(), now, loaded.reader(),
                    summary, force, bar.phase("writing"));
            bar.finish();
            summarize(err, outcome, start);
            return errors > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
        } catch (IOException e) {
            throw new HeraldException("cannot build " + out, e);
        } finally {
            bar.finish();
        }
    }

    // a site whose article pages an empty source would all delete
    private static boolean holdsArticlePages(Path out) throws IOException {
        Path pages = out.resolve(SitePaths.article("").substring(1));
        if (!Files.isDirectory(pages)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(pages)) {
            return entries.findAny().isPresent();
        }
    }

    // what the build reads, which replacing DIR must not delete: SRC, the settings file, the own files
    private List<OutputFolders.Input> buildInputs(List<String> arguments, ArticleLoader.Settings settings) {
        List<OutputFolders.Input> inputs = new ArrayList<>();
        inputs.add(OutputFolders.Input.source(source));
        input.site.configFile(arguments).filter(Files::exists).map(OutputFolders.Input::settings).ifPresent(inputs::add);
        settings.ownFiles().folder().filter(Files::exists).map(OutputFolders.Input::ownFiles).ifPresent(inputs::add);
        return inputs;
    }

    // the source files that are links: one may lead into DIR (each is looked at: there are few)
    private static List<Path> linkedFiles(InputResolver.Resolution inputs) {
        return fileInputs(inputs).stream().filter(file -> file.listed() == null || file.listed().isSymbolicLink())
                .map(InputResolver.FileInput::path).toList();
    }

    // the inputs of a build are files, SRC being a folder
    private static List<InputResolver.FileInput> fileInputs(InputResolver.Resolution inputs) {
        return inputs.inputs().stream().map(InputResolver.FileInput.class::cast).toList();
    }

    private IncrementalBuild open(ArticleLoader.Settings settings, boolean ownNotFoundPage, PrintWriter err)
            throws IOException {
        String options = publishing.previews() + (input.read.published == null ? "" : " --published " + input.read.published)
                + (ownNotFoundPage ? " (DIR's own 404.html)" : "");
        return IncrementalBuild.of(out, BuildFingerprint.of(settings.site(), settings.ownFiles(), limit, options),
                () -> err.println("herald: waiting for another build of " + out + " to finish"));
    }

    private void summarize(PrintWriter err, IncrementalBuild.Outcome outcome, long start) {
        if (quiet) {
            return;
        }
        AtomicFolder.Outcome files = outcome.files();
        BuildState.Summary summary = outcome.summary();
        err.printf("herald: %s, %s, %s (%d changed, %d removed) in %s, %.1f s%s%n",
                Counts.of(summary.articles(), "article", "articles"), Counts.of(summary.tags(), "tag", "tags"),
                Counts.of(files.files(), "file", "files"), files.changed(), files.removed(), out,
                (System.nanoTime() - start) / 1e9, summary.heldBack().isEmpty() ? "" : "; not published: " + summary.heldBack());
        if (outcome.incremental()) {
            err.printf("herald: incremental build: %d of %d source files read, the others unchanged since the last build%n",
                    outcome.sourcesRead(), outcome.sourceFiles());
        } else if (outcome.fullBecause() != null) {
            err.println("herald: full build: " + outcome.fullBecause());
        }
    }
}
