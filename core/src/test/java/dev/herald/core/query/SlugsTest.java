package dev.herald.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "tag \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "North Korea|north-korea",
        "NATO|nato",
        "Zürich|zürich",
        "  U.S. Election 2024 |u-s-election-2024",
        "Экономика|экономика",
        "東京|東京",
        "مياه|مياه",
        "C++ & Rust|c-plus-plus-rust",
        "C++|c-plus-plus",
        "C#|c-sharp",
        "C|c",
        "F#|f-sharp",
        "#breaking|breaking",
        "Google+|google-plus",
        "---|''",
        "São Paulo|são-paulo",
    })
    void slugsTagsKeepingLettersOfEveryScript(String label, String slug) {
        assertEquals(slug, Slugs.tagSlug(label));
    }

    @ParameterizedTest(name = "id \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "kyiv-power-grid|kyiv-power-grid",
        "Brussels Ministers|brussels-ministers",
        "Zürich Café|zurich-cafe",
        "Экономика|''",
        "2024_11_28 story|2024-11-28-story",
    })
    void slugsIdsToAscii(String name, String slug) {
        assertEquals(slug, Slugs.idSlug(name));
    }

    @Test
    void composesALabelWrittenWithCombiningAccents() {
        Tag decomposed = Slugs.tag("Cafe\u0301 Zu\u0308rich ").orElseThrow();
        assertEquals(new Tag("Caf\u00e9 Z\u00fcrich", "caf\u00e9-z\u00fcrich"), decomposed);
        assertEquals(Slugs.tag("Caf\u00e9 Z\u00fcrich"), Slugs.tag("Cafe\u0301 Zu\u0308rich"));
    }

    @Test
    void cutsLongIdsToTheLimitWithoutATrailingDash() {
        String name = "a".repeat(119) + " b" + "c".repeat(50);
        String slug = Slugs.idSlug(name);
        assertEquals("a".repeat(119), slug);
    }
}
