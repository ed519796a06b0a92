package dev.herald.server.feed;

import dev.herald.core.model.Tagged;
import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * Where a page of a paged feed (RFC 5005 section 3) ends: the publication time and id of its last
 * article, sent as the {@code cursor} parameter of the next page's URL. The next page starts
 * after that article in the feed's order, so it stays right while new articles arrive at the
 * top, where an offset would repeat items. Opaque to readers: base64url of
 * {@code published id}.
 */
public record FeedCursor(Instant published, String id) {

    public static final String PARAMETER = "cursor";

    /** The cursor after this article. */
    public static FeedCursor after(Tagged article) {
        return new FeedCursor(article.published(), article.id());
    }

    /** The cursor as sent in a URL. */
    public String encode() {
        byte[] text = (published + " " + id).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /** A cursor made by {@link #encode}; anything else is a 400 problem naming the parameter. */
    public static FeedCursor decode(String value) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            int space = text.indexOf(' ');
            if (space > 0 && space < text.length() - 1) {
                return new FeedCursor(Instant.parse(text.substring(0, space)), text.substring(space + 1));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw new ProblemException(Status.BAD_REQUEST, "The feed's query parameters are not valid.",
                List.of(new FieldError(PARAMETER, "must be a cursor from a feed's next link, was \"" + value + "\"")));
    }

    /**
     * Where the articles after this cursor begin in a list sorted newest first (by publication,
     * then id): a binary search, so a page deep in 100,000 articles costs no scan.
     */
    public int firstAfter(List<? extends Tagged> newestFirst) {
        int low = 0;
        int high = newestFirst.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (isAfter(newestFirst.get(middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    // whether the article comes after this cursor in newest-first order
    private boolean isAfter(Tagged article) {
        int byDate = published.compareTo(article.published());
        return byDate != 0 ? byDate > 0 : article.id().compareTo(id) > 0;
    }
}
