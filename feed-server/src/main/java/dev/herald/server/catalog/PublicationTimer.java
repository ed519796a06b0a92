package dev.herald.server.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Wakes the catalog at the next instant an article is due or expires: one instant is waited
 * for, whatever the number of articles scheduled, so an idle server spends nothing on them.
 * Thread-safe.
 */
final class PublicationTimer {

    private static final Logger LOG = Logger.getLogger(PublicationTimer.class);

    private final Runnable reached;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herald-publication-timer");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    private Instant target;

    /** @param reached what runs once an instant has come, on the timer's thread */
    PublicationTimer(Runnable reached) {
        this.reached = reached;
    }

    /** Waits for {@code next} instead of any earlier instant; null waits for nothing. */
    synchronized void wakeAt(Instant next) {
        if (next != null && next.equals(target) || executor.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        target = next;
        pending = next == null ? null : schedule(next);
    }

    private ScheduledFuture<?> schedule(Instant next) {
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis()) + 1;
        return executor.schedule(() -> fire(next), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Instant instant) {
        synchronized (this) {
            if (!instant.equals(target)) {
                return; // replaced by another instant meanwhile
            }
            if (clock.instant().isBefore(instant)) {
                pending = schedule(instant); // woken early: a clock step, or a coarse timer
                return;
            }
            target = null;
            pending = null;
        }
        try {
            reached.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not publish the articles due at %s", instant);
        }
    }

    void stop() {
        executor.shutdownNow();
    }
}
