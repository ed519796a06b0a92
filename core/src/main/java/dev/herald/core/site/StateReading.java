package dev.herald.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The last build's state, read on a thread of its own while the build lists its source folder:
 * first the {@link BuildState.Head head}, with the files of the site it names looked at (heard
 * together, or not at all); then the articles, most of the state, only once the build asks for
 * them: a build that finds nothing changed should not pay for them, nor for the collector's work
 * that they make.
 */
final class StateReading {

    private final CompletableFuture<BuildState.Head> head = new CompletableFuture<>();
    private final CompletableFuture<Set<String>> damaged = new CompletableFuture<>();
    private final CompletableFuture<Boolean> restWanted = new CompletableFuture<>();
    private final CompletableFuture<BuildStateFile.Loaded> whole = new CompletableFuture<>();

    private StateReading() {
    }

    /** No state: a site's first build. */
    static StateReading none() {
        StateReading none = new StateReading();
        none.head.complete(null);
        none.damaged.complete(Set.of());
        none.restWanted.complete(true);
        none.whole.complete(new BuildStateFile.Loaded(null, null));
        return none;
    }

    /** Starts reading the state of {@code site}, good only if made under {@code fingerprint}. */
    static StateReading start(Path site, Map<String, String> fingerprint) {
        StateReading reading = new StateReading();
        Thread thread = new Thread(() -> {
            BuildStateFile.Loaded loaded = BuildStateFile.read(BuildStateFile.fileOf(site), fingerprint, head -> {
                reading.damaged.complete(missingOrResized(site, head.outputs()));
                reading.head.complete(head);
                if (!reading.restWanted.join()) {
                    throw new CancellationException("the build is over");
                }
            });
            reading.damaged.complete(Set.of()); // when there was no head to hear
            reading.head.complete(null);
            reading.whole.complete(loaded);
        }, "herald-build-state");
        thread.setDaemon(true);
        thread.start();
        return reading;
    }

    /** The head, or null when there is no usable state. */
    BuildState.Head head() {
        return head.join();
    }

    /** The files of the site that the head names and that are missing or of another size. */
    Set<String> damaged() {
        return damaged.join();
    }

    /** Has the articles read, if they were not yet. */
    void readAll() {
        restWanted.complete(true);
    }

    /** The whole state, or why there is none, once read. */
    BuildStateFile.Loaded whole() {
        readAll();
        return whole.join();
    }

    /** The sources of the whole state, once read; none without a state. */
    CompletableFuture<Map<String, BuildState.Source>> sources() {
        return whole.thenApply(loaded -> loaded.state() == null ? Map.of() : loaded.state().sources());
    }

    /** Ends the reading, not to read articles no one will ask for. */
    void stop() {
        restWanted.complete(false);
    }

    // the files of the site deleted or changed by hand since the last build: written again
    private static Set<String> missingOrResized(Path site, Map<String, BuildState.Output> outputs) {
        return outputs.keySet().parallelStream().filter(file -> {
            try {
                return Files.size(site.resolve(file)) != outputs.get(file).size();
            } catch (IOException e) {
                return true;
            }
        }).collect(Collectors.toSet());
    }
}
