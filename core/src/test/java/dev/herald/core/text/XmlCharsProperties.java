package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class XmlCharsProperties {

    @Property
    void leavesOnlyCharactersXmlAllows(@ForAll String text) {
        String stripped = XmlChars.strip(text);
        assertTrue(stripped.codePoints().allMatch(XmlChars::isAllowed), stripped);
    }

    @Property
    void keepsTextThatWasAlreadyAllowed(@ForAll @CharRange(from = ' ', to = '\uD7FF') @Chars({'\t', '\n', '\r'}) String text) {
        assertSame(text, XmlChars.strip(text));
    }

    @Property
    void isIdempotent(@ForAll String text) {
        String once = XmlChars.strip(text);
        assertEquals(once, XmlChars.strip(once));
    }

    @Example
    void removesControlsAndLoneSurrogatesButKeepsEmoji() {
        assertEquals("ab\tc🎉d", XmlChars.strip("a\u0001b\tc\u000B🎉\uD800d\uFFFE"));
    }
}
