package dev.herald.core.query;

import dev.herald.core.model.Tagged;
import java.util.List;

/**
 * One feed's whole history split as RFC 5005 archives it: the current document holds the newest
 * {@code size} articles; the rest go to archive pages of {@code size} articles counted from the
 * oldest, page 1 holding the oldest. An article arriving at the top pushes one article into the
 * newest archive page and changes no other page. When the newest page fills, an empty page opens
 * after it, so a full page keeps its links too and never changes again while articles arrive.
 * HTML pages ({@code /page/{n}/}) are split the same way.
 *
 * @param <T> the kind of article: whole ones, or a server's index entries
 */
public final class ArchivePages<T extends Tagged> {

    private final List<T> newestFirst;
    private final int size;

    private ArchivePages(List<T> newestFirst, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, was " + size);
        }
        this.newestFirst = newestFirst;
        this.size = size;
    }

    /** The pages of articles sorted {@link TagQuery#NEWEST_FIRST}, {@code size} to a page. */
    public static <T extends Tagged> ArchivePages<T> of(List<T> newestFirst, int size) {
        return new ArchivePages<>(newestFirst, size);
    }

    /** The current document's articles: the newest {@code size}, newest first. */
    public List<T> current() {
        return newestFirst.subList(0, Math.min(size, newestFirst.size()));
    }

    /** How many archive pages there are: none while every article fits the current document. */
    public int count() {
        int archived = newestFirst.size() - size;
        return archived <= 0 ? 0 : archived / size + 1;
    }

    /** Whether page {@code n} exists. */
    public boolean has(int n) {
        return n >= 1 && n <= count();
    }

    /** The articles of archive page {@code n} (1 = the oldest), newest first; empty past the last page. */
    public List<T> page(int n) {
        if (!has(n)) {
            return List.of();
        }
        int archived = newestFirst.size() - size;
        int total = newestFirst.size();
        int fromOldest = (n - 1) * size;
        int toOldest = Math.min(n * size, archived);
        return newestFirst.subList(total - toOldest, total - fromOldest);
    }

    /** Whether page {@code n} is full, so that no arrival will change it. */
    public boolean isFull(int n) {
        return has(n) && n < count();
    }
}
