package dev.herald.core.query;

import dev.herald.core.model.Tagged;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which articles are public at an instant: drafts are held back, an article whose {@code
 * published} lies ahead waits for it (an embargo), and one whose {@code expires} has come is
 * taken down. A preview may take drafts ({@code withDrafts}) or scheduled articles ({@code
 * withFuture}) in; expired articles never come back.
 *
 * @param shown     the articles to publish, in input order
 * @param drafts    drafts held back
 * @param scheduled articles held back until their {@code published}, soonest first
 * @param expired   articles taken down
 * @param <T>       articles or their index entries
 */
public record Publication<T extends Tagged>(List<T> shown, List<T> drafts, List<T> scheduled, List<T> expired) {

    public Publication {
        shown = List.copyOf(shown);
        drafts = List.copyOf(drafts);
        scheduled = List.copyOf(scheduled);
        expired = List.copyOf(expired);
    }

    /** The articles as they stand at {@code now}, drafts and scheduled ones held back. */
    public static <T extends Tagged> Publication<T> at(List<T> articles, Instant now) {
        return at(articles, now, false, false);
    }

    /**
     * The articles as they stand at {@code now}.
     *
     * @param withDrafts take drafts in (a preview)
     * @param withFuture take in articles whose publication lies ahead
     */
    public static <T extends Tagged> Publication<T> at(List<T> articles, Instant now, boolean withDrafts,
            boolean withFuture) {
        Objects.requireNonNull(now, "now");
        List<T> shown = new ArrayList<>(articles.size());
        List<T> drafts = new ArrayList<>();
        List<T> scheduled = new ArrayList<>();
        List<T> expired = new ArrayList<>();
        for (T article : articles) {
            if (article.isExpiredAt(now)) {
                expired.add(article);
            } else if (article.draft() && !withDrafts) {
                drafts.add(article);
            } else if (article.published().isAfter(now) && !withFuture) {
                scheduled.add(article);
            } else {
                shown.add(article);
            }
        }
        scheduled.sort((a, b) -> a.published().compareTo(b.published()));
        return new Publication<>(shown, drafts, scheduled, expired);
    }

    /** When the first held-back scheduled article is due; empty if none is. */
    public Optional<Instant> nextScheduled() {
        return scheduled.isEmpty() ? Optional.empty() : Optional.of(scheduled.get(0).published());
    }

    /**
     * What a build leaves out, for its summary line: {@code "1 draft, 3 scheduled, next
     * 2026-12-03T06:00Z, 2 expired"}; empty when nothing is left out.
     */
    public String heldBack() {
        List<String> parts = new ArrayList<>();
        if (!drafts.isEmpty()) {
            parts.add(drafts.size() + (drafts.size() == 1 ? " draft" : " drafts"));
        }
        nextScheduled().ifPresent(next -> parts.add(scheduled.size() + " scheduled, next " + minutes(next)));
        if (!expired.isEmpty()) {
            parts.add(expired.size() + " expired");
        }
        return String.join(", ", parts);
    }

    /** An instant as {@code 2026-12-03T06:00Z}, seconds only where there are some, no fraction. */
    public static String minutes(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC) + "Z";
    }
}
