package dev.herald.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SlugsProperties {

    @Property
    void tagSlugsAreStable(@ForAll String label) {
        String slug = Slugs.tagSlug(label);
        assertEquals(slug, Slugs.tagSlug(slug));
    }

    @Property
    void tagSlugsHaveNoSpacesNoUpperCaseAndNoOuterDashes(@ForAll String label) {
        String slug = Slugs.tagSlug(label);
        assertFalse(slug.chars().anyMatch(Character::isWhitespace), slug);
        assertFalse(slug.startsWith("-") || slug.endsWith("-"), slug);
        assertFalse(slug.contains("--"), slug);
        assertFalse(slug.contains("/") || slug.contains("?") || slug.contains("#"), slug);
    }

    @Property
    void idSlugsAreValidIdsOrEmpty(@ForAll String name) {
        String slug = Slugs.idSlug(name);
        assertTrue(slug.isEmpty() || Article.ID_PATTERN.matcher(slug).matches(), slug);
    }
}
