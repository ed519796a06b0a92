package dev.herald.server.content;

import dev.herald.server.content.ContentFolderScan.Signature;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds back files that are still being written. An editor or a copy that rewrites a file in
 * place leaves it cut short for a moment; read then, it would be published cut, and published
 * again whole a moment later. A file counts as settled once its last change is {@link #SETTLE}
 * old, or, when its time cannot be trusted (set in the future), once it has looked the same for
 * that long. Not thread-safe: the watcher holds it under its own lock.
 */
final class SettlingFiles {

    /** How long a file must stay still before it is read. */
    static final Duration SETTLE = Duration.ofMillis(500);

    private record Pending(Signature signature, Instant firstSeen) {
    }

    private final Map<Path, Pending> pending = new HashMap<>();

    /** Whether the file, with this signature now, may be read; if not, it is kept to look at again. */
    boolean settled(Path file, Signature signature, Instant now) {
        Instant changed = signature.lastChange();
        if (!changed.isAfter(now.minus(SETTLE)) && !changed.isAfter(now)) {
            pending.remove(file);
            return true;
        }
        Pending seen = pending.get(file);
        if (seen != null && seen.signature().equals(signature) && !seen.firstSeen().isAfter(now.minus(SETTLE))) {
            pending.remove(file);
            return true;
        }
        if (seen == null || !seen.signature().equals(signature)) {
            pending.put(file, new Pending(signature, now));
        }
        return false;
    }

    /** Forgets a file that is gone. */
    void forget(Path file) {
        pending.remove(file);
    }

    /** The files held back. */
    Set<Path> files() {
        return Set.copyOf(pending.keySet());
    }

    /** When the soonest held-back file may have settled; empty when none is held back. */
    Optional<Instant> nextCheck() {
        return pending.entrySet().stream()
                .map(entry -> {
                    Instant byTime = entry.getValue().signature().lastChange().plus(SETTLE);
                    Instant byLook = entry.getValue().firstSeen().plus(SETTLE);
                    return byTime.isBefore(byLook) ? byTime : byLook;
                })
                .min(Instant::compareTo);
    }
}
