package dev.herald.server.ownfiles;

import dev.herald.server.feed.ConditionalResponses;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Range} a request for one of the site's own files is answered by, as RFC 9110 section
 * 14 has it, in the one form Vert.x's static handler reads ({@code bytes=first-} or {@code
 * bytes=first-last}): a suffix ({@code bytes=-500}, the last 500 bytes, which media players ask
 * for) becomes its first-last form, and a range under an {@code If-Range} that no longer names the
 * file is dropped, so a download resumed after the file changed gets the whole new file instead
 * of the new file's tail spliced onto the old one's head.
 */
final class ByteRanges {

    /** Answer 416: the range asks for no byte of the file. */
    static final String UNSATISFIABLE = "unsatisfiable";

    private static final Pattern SUFFIX = Pattern.compile("bytes=\\s*-\\s*(\\d{1,18})\\s*");

    private ByteRanges() {
    }

    /**
     * The {@code Range} to hand to the static handler for a file of {@code size} bytes and these
     * validators: null for the whole file, {@link #UNSATISFIABLE}, else the range as asked or
     * rewritten.
     */
    static String handedOn(String range, String ifRange, String etag, Instant lastModified, long size) {
        if (range == null || (ifRange != null && !stillNames(ifRange.strip(), etag, lastModified))) {
            return null;
        }
        Matcher suffix = SUFFIX.matcher(range);
        if (!suffix.matches()) {
            return range;
        }
        long length = Long.parseLong(suffix.group(1));
        if (length == 0) {
            return UNSATISFIABLE;
        }
        // an empty file has no last bytes to send: the whole (empty) file it is
        return size == 0 ? null : "bytes=" + Math.max(0, size - length) + "-";
    }

    // If-Range compares an entity tag strongly and a date exactly (RFC 9110 section 13.1.5)
    private static boolean stillNames(String ifRange, String etag, Instant lastModified) {
        if (ifRange.startsWith("\"") || ifRange.startsWith("W/")) {
            return ifRange.equals(etag);
        }
        Instant date = ConditionalResponses.parseDate(ifRange);
        return lastModified.equals(date);
    }
}
