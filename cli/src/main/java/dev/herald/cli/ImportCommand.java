package dev.herald.cli;

import dev.herald.core.HeraldException;
import dev.herald.core.io.ArticleFileWriter;
import dev.herald.core.io.AtomicOutput;
import dev.herald.core.io.FeedFetcher;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.SourcedArticle;
import dev.herald.core.read.feed.FeedImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald import}: an existing RSS or Atom feed to Markdown article files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an RSS or Atom feed (a file or an http(s) URL) as one .md article per entry.",
                "Entries with problems are reported and skipped; the exit code is then 1."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(index = "0", paramLabel = "FEED_OR_URL", description = "Feed file, or http(s) URL.")
    String feed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the article files ({id}.md).")
    Path out;

    @Override
    public Integer call() throws IOException {
        byte[] xml = read();
        ReadResult result = new FeedImporter().read(feed, xml);
        PrintWriter err = spec.commandLine().getErr();
        result.problems().forEach(err::println);
        ArticleFileWriter writer = new ArticleFileWriter();
        for (SourcedArticle sourced : result.articles()) {
            String text = writer.markdownFile(sourced.article());
            Path file = out.resolve(sourced.article().id() + ".md");
            try {
                AtomicOutput.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new HeraldException("cannot write " + file, e);
            }
        }
        err.println("herald: imported " + result.articles().size() + " articles into " + out);
        return result.problems().stream().anyMatch(Problem::isError) ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    private byte[] read() throws IOException {
        if (FeedFetcher.isUrl(feed)) {
            return new FeedFetcher().fetch(URI.create(feed), FeedImporter.MAX_FEED_BYTES);
        }
        Path file = Path.of(feed);
        if (Files.size(file) > FeedImporter.MAX_FEED_BYTES) {
            throw new HeraldException(feed + " is larger than " + FeedImporter.MAX_FEED_BYTES / (1024 * 1024) + " MiB");
        }
        return Files.readAllBytes(file);
    }
}
