package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class XmlCharsProperties {

    /** The Char production of XML 1.0, section 2.2, as an independent oracle. */
    private static final Pattern XML_CHARS =
            Pattern.compile("[\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]*");

    @Property
    void leavesOnlyCharactersXmlAllows(@ForAll String text) {
        String stripped = XmlChars.strip(text);
        assertTrue(XML_CHARS.matcher(stripped).matches(), stripped);
    }

    @Property
    void keepsEveryAllowedCharacterInOrder(@ForAll String text) {
        StringBuilder allowed = new StringBuilder();
        text.codePoints().filter(c -> XML_CHARS.matcher(Character.toString(c)).matches()).forEach(allowed::appendCodePoint);
        assertEquals(allowed.toString(), XmlChars.strip(text));
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
