package dev.herald.cli;

import java.time.Duration;

/**
 * A JVM that {@code ./herald} started for a rebuild: the quick compiler only and a rebuild's heap,
 * which suit a build that reads and writes little and would make a full build of a large site
 * far slower (or, under a capped heap, never end). A build that finds it would be a full one
 * (another Herald, other settings or options since the last) ends at once with {@link
 * ExitCode#FULL_BUILD_JVM_WANTED}, and the launcher starts a full build's JVM.
 *
 * <p>The launcher waits on this JVM instead of becoming it; a launcher that is killed takes this
 * JVM with it, as killing the command would had the launcher become the JVM.
 */
final class LaunchedRebuild {

    /** The system property the launcher sets. */
    static final String PROPERTY = "herald.launched-rebuild";
    private static final Duration LOOK_EVERY = Duration.ofMillis(20);
    /** The exit status of a process killed by SIGKILL. */
    private static final int KILLED = 137;

    private LaunchedRebuild() {
    }

    /** Whether this JVM is a launcher's rebuild JVM. */
    static boolean isThisJvm() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** From now on, this JVM stops within moments of its launcher's end. */
    static void endWithTheLauncher() {
        ProcessHandle.current().parent().ifPresent(LaunchedRebuild::endWith);
    }

    private static void endWith(ProcessHandle launcher) {
        Thread watch = new Thread(() -> {
            try {
                while (launcher.isAlive()) {
                    Thread.sleep(LOOK_EVERY.toMillis());
                }
                // no shutdown hook: the build stops where it is, as a killed one does
                Runtime.getRuntime().halt(KILLED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "herald-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
