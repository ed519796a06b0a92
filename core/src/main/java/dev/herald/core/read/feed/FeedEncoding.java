package dev.herald.core.read.feed;

import dev.herald.core.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding to read a feed in. A feed in UTF-16 is made UTF-8 first. Where its XML declaration
 * is wrong, feed readers (Miniflux, feedparser) decide: a feed whose bytes are UTF-8 is UTF-8
 * whatever it declares (a server's template says ISO-8859-1 over a database's UTF-8 text); one that
 * declares an encoding that does not exist, or none while it is not UTF-8, is Windows-1252 (the
 * web's default for text that is not UTF-8). Otherwise the declaration is right and the XML parser
 * follows it.
 */
final class FeedEncoding {

    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml\\s[^>]*?>");
    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*([\"'])([^\"']*)\\1");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedEncoding() {
    }

    /**
     * A feed in UTF-16 (told by its byte order mark, or by an XML declaration's first bytes) as
     * UTF-8 whose declaration says so; any other feed as it is. XML processors must read UTF-16, and
     * JSON parsers do; the rest of the import reads UTF-8.
     */
    static byte[] utf8IfUtf16(byte[] bytes) {
        Charset utf16 = bytes.length < 4 ? null
                : startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFF, 0xFE, 0, 0) ? StandardCharsets.UTF_16LE
                : startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE
                : startsWith(bytes, '<', 0, '?', 0) ? StandardCharsets.UTF_16LE
                : startsWith(bytes, 0, '<', 0, '?') ? StandardCharsets.UTF_16BE : null;
        if (utf16 == null) {
            return bytes;
        }
        int bom = bytes[0] == '<' || bytes[1] == '<' ? 0 : 2;
        return utf8Declared(new String(bytes, bom, bytes.length - bom, utf16));
    }

    // the text as UTF-8 bytes, its XML declaration's encoding (if it names one) made to say so
    private static byte[] utf8Declared(String text) {
        Matcher declaration = DECLARATION.matcher(text);
        if (declaration.find()) {
            Matcher encoding = ENCODING.matcher(declaration.group());
            if (encoding.find()) {
                text = text.substring(0, encoding.start(2)) + "UTF-8" + text.substring(encoding.end(2));
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON Feed's bytes as UTF-8: as they are, or (with a warning) read as Windows-1252 when they are not UTF-8. */
    static byte[] jsonAsUtf8(byte[] bytes, Problems problems) {
        return isUtf8(bytes, 0) ? bytes : readAs(WINDOWS_1252, bytes, 0, problems, "the JSON Feed is not UTF-8");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (i >= bytes.length || (bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The feed's bytes from {@code start} (its first markup) as the parser should read them: as
     * given, or, with a warning, as UTF-8 that declares itself so.
     */
    static byte[] corrected(byte[] bytes, int start, Problems problems) {
        if (start >= bytes.length || bytes[start] != '<' || hasNul(bytes, start)) {
            return bytes; // UTF-32, or no XML at all: the parser says what it makes of it
        }
        String head = new String(bytes, start, Math.min(bytes.length - start, 512), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARATION.matcher(head);
        Matcher encoding = declaration.find() ? ENCODING.matcher(declaration.group()) : null;
        if (encoding == null || !encoding.find()) {
            // XML's default is UTF-8
            return isUtf8(bytes, start) ? bytes : readAs(WINDOWS_1252, bytes, start, problems,
                    "the feed names no encoding and is not UTF-8");
        }
        String label = encoding.group(2);
        Charset declared = charset(label);
        boolean utf8 = isUtf8(bytes, start);
        if (declared == null) {
            return readAs(utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, bytes, start, problems,
                    "the XML declaration names the encoding \"" + label + "\", which does not exist");
        }
        // bytes that are UTF-8 (beyond ASCII, where most encodings agree) are in no other encoding
        boolean sameInAscii = !declared.name().startsWith("UTF-16") && !declared.name().startsWith("UTF-32");
        if (declared.equals(StandardCharsets.UTF_8) || !utf8 || sameInAscii && isAscii(bytes, start)) {
            return bytes;
        }
        return readAs(StandardCharsets.UTF_8, bytes, start, problems,
                "the XML declaration says the encoding is \"" + label + "\", but the feed is UTF-8");
    }

    // the feed's text, read in `charset`, as UTF-8 bytes whose declaration (if any) says so
    private static byte[] readAs(Charset charset, byte[] bytes, int start, Problems problems, String why) {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        problems.warning(1, null, why + "; read as " + (utf8 ? "UTF-8" : "Windows-1252") + ", as feed readers do");
        return utf8Declared(new String(bytes, start, bytes.length - start, charset));
    }

    private static Charset charset(String label) {
        try {
            return Charset.isSupported(label) ? Charset.forName(label) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes, int start) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes, int start) {
        for (int i = start; i < Math.min(bytes.length, start + 512); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
