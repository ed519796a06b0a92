package dev.herald.cli;

import dev.herald.core.site.Progress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for long builds: shown only on a terminal, only once a task
 * has run for a second, and redrawn at most ten times a second. Thread-safe.
 */
final class ProgressBar {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether stderr is a terminal a person watches (not a pipe, file or CI log). */
    static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** The progress of one phase, such as "reading" or "writing". */
    Progress phase(String label) {
        return (done, total) -> draw(label, done, total);
    }

    /** Clears the bar, so the summary line starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }

    private synchronized void draw(String label, int done, int total) {
        long now = System.nanoTime();
        if (!enabled || total <= 0 || now - start < SHOW_AFTER_NANOS || (now - lastDrawn < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        int filled = (int) ((long) WIDTH * done / total);
        err.printf("\r%-8s [%s%s] %3d%% %d/%d", label, "=".repeat(filled), " ".repeat(WIDTH - filled),
                100L * done / total, done, total);
        err.flush();
    }
}
