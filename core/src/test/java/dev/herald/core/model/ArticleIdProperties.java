package dev.herald.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The id check an article makes is the id pattern's, character by character. */
class ArticleIdProperties {

    @Property
    void anyTextIsAnIdExactlyWhenThePatternMatchesIt(@ForAll String text) {
        assertEquals(Article.ID_PATTERN.matcher(text).matches(), Article.isId(text), text);
    }

    // mostly the id alphabet, with its neighbours in ASCII and a letter past it, at lengths around the limit
    @Property
    void textNearTheIdAlphabetIsAnIdExactlyWhenThePatternMatchesIt(
            @ForAll @StringLength(max = 130) @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9')
            @Chars({'-', '-', '-', 'A', 'Z', '_', '.', '/', '`', '{', 'é', ' '}) String text) {
        assertEquals(Article.ID_PATTERN.matcher(text).matches(), Article.isId(text), text);
    }

    @Test
    void theLimitsOfAnId() {
        assertTrue(Article.isId("a"));
        assertTrue(Article.isId("0-"));
        assertTrue(Article.isId("a".repeat(120)));
        assertFalse(Article.isId("a".repeat(121)));
        assertFalse(Article.isId(""));
        assertFalse(Article.isId("-a"));
        assertFalse(Article.isId("Story"));
        assertFalse(Article.isId("a b"));
    }

    @Test
    void anArticleWithAnotherIdIsRefusedNamingThePattern() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Article("Not-An-Id", "Title", "", "", Instant.EPOCH, null, List.of(), List.of(), null, null,
                        null, null));
        assertEquals("id must match " + Article.ID_PATTERN + ", was \"Not-An-Id\"", refused.getMessage());
    }
}
