package dev.herald.core.read;

import dev.herald.core.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes article files strictly as UTF-8 (or as UTF-16 when a byte order mark says so, as Windows
 * editors save "Unicode" text) and tells empty, binary and mis-encoded files apart.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** The text without a byte order mark, or empty with a problem saying why it is not usable. */
    static Optional<String> decode(byte[] bytes, Problems problems) {
        return decode(bytes, false, problems);
    }

    /**
     * As {@link #decode(byte[], Problems)}; with {@code windows1252Too}, text that is not UTF-8 is
     * read as Windows-1252 (which Latin-1 is part of) with a warning instead of refused: wire copy
     * comes from agencies' services and older newsroom systems that send it so.
     */
    static Optional<String> decode(byte[] bytes, boolean windows1252Too, Problems problems) {
        if (bytes.length == 0) {
            problems.error(0, null, "file is empty");
            return Optional.empty();
        }
        Charset utf16 = utf16ByOrderMark(bytes);
        if (utf16 != null) {
            return decodeUtf16(bytes, utf16, problems);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.error(lineAt(bytes, i), null, "binary file (NUL byte at offset " + i + "), not an article");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            int offset = in.position();
            String notUtf8 = String.format("not valid UTF-8 (byte 0x%02X at offset %d); ", bytes[offset] & 0xFF, offset);
            if (windows1252Too) {
                problems.warning(lineAt(bytes, offset), null, notUtf8
                        + "read as Windows-1252, as agencies' plain-text services send it");
                return nonBlank(new String(bytes, Charset.forName("windows-1252")), problems);
            }
            problems.error(lineAt(bytes, offset), null, notUtf8 + "save the file as UTF-8");
            return Optional.empty();
        }
        String text = out.flip().toString();
        return nonBlank(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
    }

    private static Charset utf16ByOrderMark(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0xFF && second == 0xFE ? StandardCharsets.UTF_16LE
                : first == 0xFE && second == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    private static Optional<String> decodeUtf16(byte[] bytes, Charset charset, Problems problems) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
        CharBuffer out = CharBuffer.allocate(bytes.length / 2);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            String why = in.remaining() < 2 ? "the file ends inside a character"
                    : "a lone surrogate at byte offset " + in.position();
            problems.error(lineOf(out.flip(), out.length()), null, "not valid UTF-16 (" + why + "); save the file as UTF-8");
            return Optional.empty();
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.error(lineOf(text, nul), null, "binary file (NUL character), not an article");
            return Optional.empty();
        }
        return nonBlank(text, problems);
    }

    private static Optional<String> nonBlank(String text, Problems problems) {
        if (text.isBlank()) {
            problems.error(0, null, "file is empty (only white space)");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static int lineOf(CharSequence text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
