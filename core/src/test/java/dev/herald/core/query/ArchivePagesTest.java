package dev.herald.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.DatedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArchivePagesTest {

    /** An article published {@code n} hours after the epoch, with the id {@code a<n>}. */
    private static DatedStory story(int n) {
        return new DatedStory("a" + n, Instant.EPOCH.plusSeconds(3600L * n));
    }

    /** Stories 1..count, newest first. */
    private static List<DatedStory> stories(int count) {
        return IntStream.rangeClosed(1, count).map(n -> count + 1 - n).mapToObj(ArchivePagesTest::story).toList();
    }

    private static List<String> ids(List<DatedStory> stories) {
        return stories.stream().map(DatedStory::id).toList();
    }

    @Test
    void aFeedThatFitsItsCurrentDocumentHasNoArchives() {
        ArchivePages<DatedStory> pages = ArchivePages.of(stories(5), 5);
        assertEquals(0, pages.count());
        assertEquals(List.of("a5", "a4", "a3", "a2", "a1"), ids(pages.current()));
        assertFalse(pages.has(1));
        assertEquals(List.of(), pages.page(1));
    }

    @Test
    void archivesCountFromTheOldestAndTheNewestPageHoldsTheRest() {
        ArchivePages<DatedStory> pages = ArchivePages.of(stories(12), 3);
        assertEquals(List.of("a12", "a11", "a10"), ids(pages.current()));
        // 9 archived: pages of 3 from the oldest, then an empty newest page, so that page 3 never changes
        assertEquals(4, pages.count());
        assertEquals(List.of("a3", "a2", "a1"), ids(pages.page(1)));
        assertEquals(List.of("a6", "a5", "a4"), ids(pages.page(2)));
        assertEquals(List.of("a9", "a8", "a7"), ids(pages.page(3)));
        assertEquals(List.of(), pages.page(4));
        assertTrue(pages.isFull(3));
        assertFalse(pages.isFull(4));
    }

    @Test
    void theCurrentDocumentAndTheArchivesHoldEveryArticleOnceNewestToOldest() {
        for (int count = 0; count <= 40; count++) {
            ArchivePages<DatedStory> pages = ArchivePages.of(stories(count), 4);
            List<DatedStory> walked = new ArrayList<>(pages.current());
            for (int n = pages.count(); n >= 1; n--) {
                walked.addAll(pages.page(n));
            }
            assertEquals(stories(count), walked, count + " stories");
        }
    }

    @Test
    void anArrivalChangesNoFullArchivePage() {
        for (int count = 1; count <= 40; count++) {
            ArchivePages<DatedStory> before = ArchivePages.of(stories(count), 4);
            ArchivePages<DatedStory> after = ArchivePages.of(stories(count + 1), 4);
            for (int n = 1; n <= before.count(); n++) {
                if (before.isFull(n)) {
                    assertEquals(before.page(n), after.page(n), "page " + n + " of " + count + " stories");
                    assertTrue(after.isFull(n));
                }
            }
            assertTrue(after.count() == before.count() || after.count() == before.count() + 1);
        }
    }
}
