package dev.herald.core.read;

import dev.herald.core.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes article files strictly as UTF-8 and tells empty, binary and mis-encoded files apart. */
final class TextDecoder {

    private TextDecoder() {
    }

    /** The text without a byte order mark, or empty with a problem saying why it is not usable. */
    static Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length == 0) {
            problems.error(0, null, "file is empty");
            return Optional.empty();
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
            problems.error(lineAt(bytes, offset), null, String.format(
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[offset] & 0xFF, offset));
            return Optional.empty();
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.error(0, null, "file is empty (only white space)");
            return Optional.empty();
        }
        return Optional.of(text);
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
