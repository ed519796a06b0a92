package dev.herald.cli;

import dev.herald.core.read.ReadResult;
import dev.herald.core.site.Progress;
import dev.herald.core.text.Counts;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald validate}: checks article files, prints every problem, changes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks article files and prints every problem as file:line: message.",
                "Exit code 1 if any file has an error; warnings alone give 0."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, folders, or - for stdin.")
    List<String> inputs;

    @Mixin
    VerboseOption verbose;

    private final InputStream stdin;

    ValidateCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        ArticleLoader.Loaded loaded = new ArticleLoader(stdin).load(inputs, input, Progress.NONE);
        ReadResult result = loaded.result();
        PrintWriter out = spec.commandLine().getOut();
        result.problems().forEach(out::println);
        out.flush();
        long errors = loaded.errorCount();
        PrintWriter err = spec.commandLine().getErr();
        err.println("herald: " + Counts.of(result.articles().size(), "valid article", "valid articles") + ", "
                + Counts.of(errors, "error", "errors") + ", "
                + Counts.of(result.problems().size() - errors, "warning", "warnings"));
        return errors > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
