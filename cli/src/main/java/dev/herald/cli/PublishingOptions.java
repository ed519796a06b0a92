package dev.herald.cli;

import dev.herald.core.model.Tagged;
import dev.herald.core.query.Publication;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which articles the commands that publish (build, convert, tags) take: those public now, unless
 * a preview asks for drafts or articles scheduled ahead, or another instant.
 */
final class PublishingOptions {

    @Option(names = "--drafts", description = "Include drafts (draft: true), for a preview.")
    boolean drafts;

    @Option(names = "--future", description = "Include articles whose published time lies ahead.")
    boolean future;

    @Option(names = "--now", paramLabel = "INSTANT", converter = ReadOptions.DateConverter.class,
            description = "Publish as of this time instead of now (e.g. 2026-12-03T06:00:00Z), to check a build ahead.")
    Instant now;

    /** The articles as they stand at the chosen instant. */
    <T extends Tagged> Publication<T> publication(List<T> articles, Clock clock) {
        return Publication.at(articles, instant(clock), drafts, future);
    }

    /** The instant articles are published as of: --now, or the clock's. */
    Instant instant(Clock clock) {
        return now != null ? now : clock.instant();
    }

    /** The options that widen what is shown, as they would be written ({@code --now} aside). */
    String previews() {
        return (drafts ? "--drafts " : "") + (future ? "--future" : "");
    }
}
