package dev.herald.cli;

import dev.herald.core.HeraldException;
import dev.herald.core.io.AtomicFolder;
import dev.herald.core.io.OutputFolders;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.Publication;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.StaticSiteBuilder;
import dev.herald.core.site.TagCount;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald build}: the whole static site, written all at once. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the static site: every feed, every tag's feeds, OPML, HTML pages.",
                "With any problem DIR is left as it was and the exit code is 1, unless --keep-going."})
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

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the site goes (replaced as a whole).")
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Items in each feed and list page (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--keep-going", description = "Publish the valid articles even when others have problems.")
    boolean keepGoing;

    @Option(names = "--force", description = {"Replace DIR even when it is not empty and was not built by Herald.",
            "Everything in it is deleted. Never allowed for SRC, a folder holding SRC, or one inside it."})
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line.")
    boolean quiet;

    private final InputStream stdin;

    BuildCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (!Files.isDirectory(source)) {
            throw new ParameterException(spec.commandLine(), "SRC must be a folder: " + source);
        }
        OutputFolders.refusal(out, List.of(source), force).ifPresent(why -> {
            throw new ParameterException(spec.commandLine(), "refusing --out: " + why + "; nothing was changed");
        });
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, !quiet && ProgressBar.isInteractive());
        ArticleLoader.Loaded loaded = new ArticleLoader(stdin).load(List.of(source.toString()), input, bar.phase("reading"));
        bar.finish();
        SiteSettings site = loaded.site();
        ReadResult result = loaded.result();
        result.problems().forEach(err::println);
        long errors = loaded.errorCount();
        if (errors > 0 && !keepGoing) {
            err.println("herald: " + errors + (errors == 1 ? " problem; " : " problems; ") + out
                    + " left as it was (--keep-going publishes the valid articles)");
            return ExitCode.INVALID_INPUT;
        }
        Publication<Article> publication = publishing.publication(result.articleList(), Clock.systemUTC());
        List<Article> articles = publication.shown();
        StaticSiteBuilder builder = new StaticSiteBuilder(site, limit);
        AtomicFolder.Outcome outcome;
        try {
            outcome = AtomicFolder.replace(out, force,
                    output -> builder.build(articles, loaded.ownFiles(), output, bar.phase("writing")));
        } catch (IOException e) {
            throw new HeraldException("cannot build " + out, e);
        } finally {
            bar.finish();
        }
        if (!quiet) {
            String heldBack = publication.heldBack();
            err.printf("herald: %d articles, %d tags, %d files (%d changed, %d removed) in %s, %.1f s%s%n",
                    articles.size(), TagCount.of(articles).size(), outcome.files(), outcome.changed(), outcome.removed(),
                    out, (System.nanoTime() - start) / 1e9, heldBack.isEmpty() ? "" : "; not published: " + heldBack);
        }
        return errors > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
