package dev.herald.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failure reaches the user: {@code herald: message} on stderr, with the stack
 * trace only under {@code --verbose}, and exit code 1.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println("herald: " + message(exception));
        if (parseResult.hasMatchedOption("--verbose")) {
            exception.printStackTrace(err);
        } else {
            err.println("herald: run again with --verbose for details");
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    private static String message(Throwable exception) {
        StringBuilder message = new StringBuilder(exception.getMessage() == null
                ? exception.getClass().getSimpleName() : exception.getMessage());
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
