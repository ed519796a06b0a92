package dev.herald.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failure reaches the user: {@code herald: message} on stderr, with the stack
 * trace only under {@code --verbose} (offered unless the message is all there is to say: a file
 * that is missing or may not be read), and exit code 1.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println("herald: " + message(exception));
        if (verbose(parseResult)) {
            exception.printStackTrace(err);
        } else if (!fileSystemFailure(exception)) {
            // a missing file or a denied folder is said in full; anything else may be a bug worth its trace
            err.println("herald: run again with --verbose for details");
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    private static boolean fileSystemFailure(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(VerboseOption.NAME)) {
                return true;
            }
        }
        return false;
    }

    // a cause that says nothing but its class's name ("ConnectException") adds jargon, not news
    private static String message(Throwable exception) {
        StringBuilder message = new StringBuilder(describe(exception));
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            String text = describe(cause);
            if (!message.toString().contains(text) && !text.equals(cause.getClass().getSimpleName())) {
                message.append(": ").append(text);
            }
        }
        return message.toString();
    }

    // java.nio's exceptions carry only a path as their message: say what went wrong with it
    private static String describe(Throwable exception) {
        if (exception instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (exception instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (exception instanceof FileAlreadyExistsException exists) {
            return "already exists: " + exists.getFile();
        }
        if (exception instanceof FileSystemException other && other.getReason() != null) {
            return other.getReason() + ": " + other.getFile();
        }
        return exception.getMessage() != null ? exception.getMessage() : exception.getClass().getSimpleName();
    }
}
