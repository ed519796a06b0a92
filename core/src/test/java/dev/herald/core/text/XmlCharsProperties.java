package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class XmlCharsProperties {

    /**
     * The Char production of XML 1.0, section 2.2, less what HTML forbids in text (DEL, the C1
     * controls, noncharacters), as an independent oracle.
     */
    private static final Pattern ALLOWED = Pattern.compile("[\\t\\n\\r\\x{20}-\\x{7E}\\x{A0}-\\x{D7FF}\\x{E000}-\\x{FDCF}"
            + "\\x{FDF0}-\\x{FFFD}\\x{10000}-\\x{10FFFF}&&[^\\x{1FFFE}\\x{1FFFF}\\x{2FFFE}\\x{2FFFF}\\x{3FFFE}\\x{3FFFF}"
            + "\\x{4FFFE}\\x{4FFFF}\\x{5FFFE}\\x{5FFFF}\\x{6FFFE}\\x{6FFFF}\\x{7FFFE}\\x{7FFFF}\\x{8FFFE}\\x{8FFFF}"
            + "\\x{9FFFE}\\x{9FFFF}\\x{AFFFE}\\x{AFFFF}\\x{BFFFE}\\x{BFFFF}\\x{CFFFE}\\x{CFFFF}\\x{DFFFE}\\x{DFFFF}"
            + "\\x{EFFFE}\\x{EFFFF}\\x{FFFFE}\\x{FFFFF}\\x{10FFFE}\\x{10FFFF}]]*");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Property
    void leavesOnlyCharactersXmlAndHtmlAllow(@ForAll String text) {
        String stripped = XmlChars.strip(text);
        assertTrue(ALLOWED.matcher(stripped).matches(), stripped);
    }

    @Property
    void keepsEveryAllowedCharacterInOrder(@ForAll String text) {
        StringBuilder allowed = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (ALLOWED.matcher(Character.toString(c)).matches()) {
                allowed.appendCodePoint(c);
            } else if (c >= 0x80 && c <= 0x9F) {
                // Java's own Windows-1252 decoder, which gives U+FFFD for the five bytes it leaves undefined
                String windows = new String(new byte[] {(byte) c}, WINDOWS_1252);
                if (!windows.equals("\uFFFD")) {
                    allowed.append(windows);
                }
            }
        });
        assertEquals(allowed.toString(), XmlChars.strip(text));
    }

    @Property
    void keepsTextThatWasAlreadyAllowed(@ForAll @CharRange(from = ' ', to = '~') @CharRange(from = '\u00A0', to = '\uD7FF')
            @Chars({'\t', '\n', '\r'}) String text) {
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

    @Example
    void readsC1ControlsAsWindows1252AndRemovesNoncharacters() {
        assertEquals("It’s “fine” – €5", XmlChars.strip("It\u0092s \u0093fine\u0094 \u0096 \u00805"));
        assertEquals("ab", XmlChars.strip("a\u0081\u007F\uFDD0\uD83F\uDFFEb"));
    }
}
