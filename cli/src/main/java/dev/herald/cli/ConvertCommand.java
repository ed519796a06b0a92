package dev.herald.cli;

import dev.herald.core.HeraldException;
import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.io.AtomicOutput;
import dev.herald.core.io.OutputFolders;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.Slugs;
import dev.herald.core.query.TagQuery;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.Progress;
import dev.herald.core.site.SiteFeeds;
import dev.herald.core.text.Counts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald convert}: articles to one feed, on stdout or in a file. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts articles (files, folders, - for stdin) to one feed.",
                "With any problem the exit code is 1 and nothing is written, unless --keep-going."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "rss",
            description = "rss, atom or json (default: ${DEFAULT-VALUE}).")
    FeedFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the feed here instead of stdout.")
    Path out;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only articles with this tag; repeat to require several.")
    List<String> tags = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most items (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--keep-going",
            description = "Publish the valid articles even when others have problems (the exit code is still 1).")
    boolean keepGoing;

    @Option(names = "--force", description = "Replace --out FILE even when it is not a feed.")
    boolean force;

    @Mixin
    PublishingOptions publishing;

    @Mixin
    VerboseOption verbose;

    private final InputStream stdin;

    ConvertCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        for (String tag : tags) {
            if (Slugs.tagSlug(tag).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--tag '" + tag + "' names no tag: a tag has a letter"
                        + " or a digit");
            }
        }
        if (out != null) {
            // the settings file is read too, and must not be written over
            List<Path> inputFiles = Stream.concat(inputs.stream().filter(argument -> !argument.equals("-")).map(Path::of),
                    input.site.configFile(inputs).stream()).toList();
            OutputFolders.fileRefusal(out, inputFiles).ifPresent(why -> {
                throw new ParameterException(spec.commandLine(), "refusing --out: " + why + "; nothing was changed");
            });
        }
        PrintWriter err = spec.commandLine().getErr();
        ArticleLoader.Loaded loaded = new ArticleLoader(stdin).load(inputs, input, Progress.NONE);
        SiteSettings site = loaded.site();
        ReadResult result = loaded.result();
        result.problems().forEach(err::println);
        if (result.hasErrors() && !keepGoing) {
            err.println("herald: " + problemCount(loaded) + " nothing written (--keep-going publishes the valid articles)");
            return ExitCode.INVALID_INPUT;
        }
        List<Article> shown = publishing.publication(result.articleList(), Clock.systemUTC()).shown();
        Feed feed = feed(site, shown);
        if (!tags.isEmpty() && feed.articles().isEmpty() && !shown.isEmpty()) {
            err.println("herald: warning: " + whyNone(shown) + "; the feed is empty");
        }
        byte[] bytes = render(feed);
        if (out == null) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            if (!force && !OutputFolders.replaceableFile(out)) {
                throw new ParameterException(spec.commandLine(), "refusing --out: " + out + " exists and is not a feed;"
                        + " --force replaces it; nothing was changed");
            }
            try {
                AtomicOutput.write(out, stream -> stream.write(bytes));
            } catch (IOException e) {
                throw new HeraldException("cannot write " + out, e);
            }
        }
        if (result.hasErrors()) {
            err.println("herald: " + problemCount(loaded) + " wrote "
                    + Counts.of(feed.articles().size(), "valid article", "valid articles"));
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.OK;
    }

    /** The site's main feed, or with exactly one --tag that tag's feed, at the URLs a build gives them. */
    private Feed feed(SiteSettings site, List<Article> articles) {
        Set<String> slugs = new LinkedHashSet<>();
        tags.forEach(tag -> slugs.add(Slugs.tagSlug(tag)));
        FeedRequest request = slugs.size() == 1
                ? FeedRequest.tag(format, slugs.iterator().next(), limit)
                : FeedRequest.main(format, limit).selecting(new TagQuery(slugs, Set.of(), Set.of(), limit, null));
        return SiteFeeds.withoutHub(site).feed(request, articles.stream().sorted(TagQuery.NEWEST_FIRST).toList());
    }

    // a typo in a tag gives an empty feed, and exit 0: say which tag no article has
    private String whyNone(List<Article> articles) {
        Set<String> used = new HashSet<>();
        articles.forEach(article -> article.tags().forEach(tag -> used.add(tag.slug())));
        List<String> unused = tags.stream().filter(tag -> !used.contains(Slugs.tagSlug(tag))).toList();
        if (unused.size() == 1) {
            return "no article has the tag \"" + unused.get(0) + "\"";
        }
        List<String> named = unused.isEmpty() ? tags : unused;
        return (unused.isEmpty() ? "no article has all of the tags " : "no article has the tags ")
                + String.join(", ", named.stream().map(tag -> "\"" + tag + "\"").toList());
    }

    private byte[] render(Feed feed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FeedWriters.of(format).write(feed, bytes);
        return bytes.toByteArray();
    }

    private static String problemCount(ArticleLoader.Loaded loaded) {
        long errors = loaded.errorCount();
        return Counts.of(errors, "problem", "problems") + ";";
    }
}
