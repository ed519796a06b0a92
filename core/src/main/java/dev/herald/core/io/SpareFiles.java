package dev.herald.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The old versions the last update put in the {@link Trash}, written over with the next update's
 * new files instead of being deleted while as many new ones are made. Where ext4 has no journal
 * (this project's benchmark machines), making a file passes over every inode freed in the last
 * minutes, and freeing one waits for its blocks' discard: for the 8,000 archive documents an old
 * article's removal moves, seconds of a rebuild (bench/RESULTS.md, session 31). A spare is only
 * ever a regular file that nothing but the trash links (a file hard-linked from a source is never
 * written), and is given only for a file the update replaces whose owner, group and permissions it
 * has, so the site cannot tell it from a new one. Thread-safe.
 */
public final class SpareFiles {

    /** None: every file is made new. */
    public static final SpareFiles NONE = new SpareFiles(null);

    private static final int FILE_TYPE = 0170000;
    private static final int REGULAR_FILE = 0100000;

    private final Path trash;
    private final Map<Kind, TreeMap<Long, Deque<Path>>> spares = new HashMap<>();

    SpareFiles(Path trash) {
        this.trash = trash;
    }

    /** Offers {@code file}, a file in the trash folder, if it is a spare; false when it is not. */
    boolean offer(Path file) {
        Map<String, Object> attributes = attributesOf(file);
        if (attributes == null || (Integer) attributes.get("nlink") != 1
                || ((Integer) attributes.get("mode") & FILE_TYPE) != REGULAR_FILE) {
            return false;
        }
        synchronized (spares) {
            spares.computeIfAbsent(Kind.of(attributes), any -> new TreeMap<>())
                    .computeIfAbsent((Long) attributes.get("size"), any -> new ArrayDeque<>()).add(file);
        }
        return true;
    }

    /**
     * A spare for a file of {@code length} bytes that replaces {@code replaced}, with its owner,
     * group and permissions: the longest no longer than {@code length}. A longer one would be cut,
     * and cutting a file waits for its pages still being written out (the last update's, in a
     * rebuild right after it): 1.3 s of an old article's removal at 100,000 articles
     * (bench/RESULTS.md, session 32). Null when there is none.
     */
    Path take(Path replaced, int length) {
        synchronized (spares) {
            if (spares.isEmpty()) {
                return null; // none were offered: the replaced file's attributes are not even read
            }
        }
        Map<String, Object> attributes = attributesOf(replaced);
        if (attributes == null) {
            return null;
        }
        synchronized (spares) {
            TreeMap<Long, Deque<Path>> byLength = spares.get(Kind.of(attributes));
            Map.Entry<Long, Deque<Path>> longest = byLength == null ? null : byLength.floorEntry((long) length);
            if (longest == null) {
                return null;
            }
            Path spare = longest.getValue().poll();
            if (longest.getValue().isEmpty()) {
                byLength.remove(longest.getKey());
            }
            return spare;
        }
    }

    /** The name a journal gives {@code spare}: its path inside the trash folder. */
    String nameOf(Path spare) {
        return trash.relativize(spare).toString();
    }

    // a file's owner, group, mode, length and links, read without following a link; null when
    // there is none or the file system has no such attributes
    private static Map<String, Object> attributesOf(Path file) {
        try {
            return Files.readAttributes(file, "unix:uid,gid,mode,size,nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    // files a spare may stand for: the same owner, group, type and permissions
    private record Kind(int owner, int group, int mode) {

        static Kind of(Map<String, Object> attributes) {
            return new Kind((Integer) attributes.get("uid"), (Integer) attributes.get("gid"),
                    (Integer) attributes.get("mode"));
        }
    }
}
