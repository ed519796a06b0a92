package dev.herald.core.read;

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
}
