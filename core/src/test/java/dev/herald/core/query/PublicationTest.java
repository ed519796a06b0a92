package dev.herald.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static Article article(String id, String published, boolean draft, String expires) {
        return new Article(id, id, "", "", Instant.parse(published), null, List.of(), List.of(), null, null, null, null,
                List.of(), draft, expires == null ? null : Instant.parse(expires));
    }

    private final List<Article> articles = List.of(
            article("public", "2026-12-01T00:00:00Z", false, null),
            article("draft", "2026-12-01T00:00:00Z", true, null),
            article("later", "2026-12-03T06:00:00Z", false, null),
            article("sooner", "2026-12-02T18:30:00Z", false, null),
            article("expired", "2026-11-01T00:00:00Z", false, "2026-12-02T12:00:00Z"),
            article("expiring", "2026-11-01T00:00:00Z", false, "2026-12-02T12:00:01Z"),
            article("due-now", "2026-12-02T12:00:00Z", false, null));

    @Test
    void holdsBackDraftsAndScheduledArticlesAndTakesDownExpiredOnes() {
        Publication<Article> publication = Publication.at(articles, NOW);
        assertEquals(List.of("public", "expiring", "due-now"), ids(publication.shown()));
        assertEquals(List.of("draft"), ids(publication.drafts()));
        assertEquals(List.of("sooner", "later"), ids(publication.scheduled()));
        assertEquals(List.of("expired"), ids(publication.expired()));
        assertEquals("1 draft, 2 scheduled, next 2026-12-02T18:30Z, 1 expired", publication.heldBack());
    }

    @Test
    void aPreviewTakesDraftsAndTheFutureInButNeverWhatExpired() {
        Publication<Article> preview = Publication.at(articles, NOW, true, true);
        assertEquals(List.of("public", "draft", "later", "sooner", "expiring", "due-now"), ids(preview.shown()));
        assertEquals("1 expired", preview.heldBack());
    }

    @Test
    void writesSecondsOnlyWhereThereAreSome() {
        assertEquals("2026-12-03T06:00Z", Publication.minutes(Instant.parse("2026-12-03T06:00:00Z")));
        assertEquals("2026-12-03T06:00:05Z", Publication.minutes(Instant.parse("2026-12-03T06:00:05Z")));
        assertEquals("2026-12-03T06:00:05Z", Publication.minutes(Instant.parse("2026-12-03T06:00:05.999999999Z")));
    }

    private static List<String> ids(List<Article> list) {
        return list.stream().map(Article::id).toList();
    }
}
