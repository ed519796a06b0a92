package dev.herald.cli;

/** The exit codes of every command, as DESIGN fixes them. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** Some input was invalid, or the work failed. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself was wrong (picocli's usage code). */
    public static final int USAGE = 2;
    /**
     * Only to {@code ./herald}, which started a rebuild's JVM ({@link LaunchedRebuild}): the
     * build would be a full one, so nothing was done and the launcher starts a full build's JVM.
     */
    public static final int FULL_BUILD_JVM_WANTED = 75;

    private ExitCode() {
    }
}
