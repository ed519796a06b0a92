package dev.herald.core.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Says in a user's words why a library gave up on an input, without its class names. */
public final class ReadFailures {

    private ReadFailures() {
    }

    /** A one-line reason for {@code failure}, thrown while reading hostile or broken input. */
    public static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "it is nested too deeply to read";
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "the reader failed on it (" + failure.getClass().getSimpleName() + ")";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /**
     * Why a file or folder could not be read: "permission denied", "no such file", the system's
     * own reason, or the message (java.nio's exceptions carry only the path).
     */
    public static String ofFile(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(Locale.ROOT);
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
