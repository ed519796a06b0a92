package dev.herald.cli;

/** The exit codes of every command, as DESIGN fixes them. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** Some input was invalid, or the work failed. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself was wrong (picocli's usage code). */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
