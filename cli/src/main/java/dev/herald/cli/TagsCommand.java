package dev.herald.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.Progress;
import dev.herald.core.site.TagCount;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald tags}: tags with counts, most used first. */
@Command(name = "tags", mixinStandardHelpOptions = true,
        description = {"Lists tags with their article counts, most used first.",
                "Text: count, tab, slug, tab, label per line. JSON: [{\"slug\", \"label\", \"count\"}]."})
final class TagsCommand implements Callable<Integer> {

    /** Output formats of the listing. */
    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    PublishingOptions publishing;

    @Mixin
    VerboseOption verbose;

    @Parameters(arity = "1..*", paramLabel = "SRC", description = "Article files or folders.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    private final InputStream stdin;

    TagsCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        ArticleLoader.Loaded loaded = new ArticleLoader(stdin).load(inputs, input, Progress.NONE);
        ReadResult result = loaded.result();
        PrintWriter err = spec.commandLine().getErr();
        result.problems().forEach(err::println);
        List<TagCount> tags = TagCount.of(publishing.publication(result.articleList(), Clock.systemUTC()).shown());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            List<Row> rows = tags.stream().map(t -> new Row(t.tag().slug(), t.tag().label(), t.count())).toList();
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else {
            tags.forEach(t -> out.println(t.count() + "\t" + t.tag().slug() + "\t" + t.tag().label()));
        }
        out.flush();
        return loaded.errorCount() > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    /** One line of the JSON listing, in a fixed key order. */
    record Row(String slug, String label, int count) {
    }
}
