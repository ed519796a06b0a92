package dev.herald.core.read.feed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.herald.core.model.Enclosure;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.ReadFailures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The posts of a Substack export (Settings › Exports: a zip of {@code posts.csv} and the body of
 * each post in {@code posts/{post_id}.html}) as {@link FeedItem}s: title, subtitle as summary,
 * date, body, a podcast episode's audio. Pages and threads are no stories; drafts and posts for
 * subscribers or paying subscribers only are kept unpublished ({@link SubstackPost}). Nothing
 * else in the zip is kept: its lists of subscribers are skipped unread.
 */
final class SubstackExport {

    /** All the zip may inflate to, read or skipped: a zip bomb stops here. */
    private static final long MAX_INFLATED_BYTES = 4L * FeedImporter.MAX_FILE_BYTES;

    private static final CsvMapper CSV = new CsvMapper();

    private SubstackExport() {
    }

    /** Whether the bytes are a zip file (its local file header's signature, "PK\3\4"). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The export's posts and pages, in the order of posts.csv; empty, with a problem, when it is none. */
    static Optional<List<FeedItem>> items(byte[] zip, Problems problems) {
        Contents contents;
        try {
            contents = Contents.of(zip);
        } catch (IOException | IllegalArgumentException e) {
            problems.error(0, null, "not a readable zip file: " + ReadFailures.describe(e));
            return Optional.empty();
        }
        if (contents.postsCsv == null) {
            problems.error(0, null, "a zip file, but no Substack export: it holds no posts.csv");
            return Optional.empty();
        }
        List<FeedItem> items = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(contents.postsCsv)) {
            int number = 0;
            while (rows.hasNextValue()) {
                number++;
                items.add(item(rows.nextValue(), number, contents));
            }
        } catch (IOException | RuntimeException e) {
            problems.error(0, null, "posts.csv: " + ReadFailures.describe(e) + "; the posts after it are not read");
        }
        return Optional.of(items);
    }

    private static FeedItem item(Map<String, String> row, int number, Contents contents) {
        SubstackPost post = SubstackPost.of(row);
        String postId = value(row, "post_id");
        Instant published = FeedDates.parse(value(row, "post_date")).orElse(null);
        if (published == null && post.isUnpublished()) {
            // a draft has no date yet: it is dated when its body was last saved
            published = contents.savedAt.get(postId);
        }
        List<Enclosure> audio = new ArrayList<>();
        URI podcast = AtomEntries.uri(value(row, "podcast_url"));
        if (podcast != null) {
            AtomEntries.enclosure(podcast, null, 0).ifPresent(audio::add);
        }
        return new FeedItem(number, postId, value(row, "title"), null, published, null, null, List.of(), List.of(),
                value(row, "subtitle"), SubstackContent.shown(contents.bodies.get(postId)), null, audio, null, null,
                post);
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What is read of the zip: posts.csv, and each post's body and when it was saved, by post id. */
    private static final class Contents {
        byte[] postsCsv;
        final Map<String, String> bodies = new HashMap<>();
        final Map<String, Instant> savedAt = new HashMap<>();
        private long inflated;

        static Contents of(byte[] zip) throws IOException {
            Contents contents = new Contents();
            try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    contents.take(entry, entries);
                }
            }
            return contents;
        }

        // posts.csv and posts/*.html, wherever the zip's folders put them; any other entry only inflated past
        private void take(ZipEntry entry, InputStream data) throws IOException {
            String path = entry.getName();
            String name = path.substring(path.lastIndexOf('/') + 1);
            String folder = path.substring(0, Math.max(path.lastIndexOf('/'), 0));
            if (entry.isDirectory()) {
                return;
            }
            if (name.equals("posts.csv") && postsCsv == null) {
                postsCsv = read(data, path);
            } else if ((folder.equals("posts") || folder.endsWith("/posts")) && name.endsWith(".html")) {
                String postId = name.substring(0, name.length() - ".html".length());
                bodies.put(postId, new String(read(data, path), StandardCharsets.UTF_8));
                if (entry.getLastModifiedTime() != null) {
                    savedAt.put(postId, entry.getLastModifiedTime().toInstant());
                }
            } else {
                copy(data, OutputStream.nullOutputStream(), path); // inflated to get past it, counted, not kept
            }
        }

        private byte[] read(InputStream data, String path) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            copy(data, bytes, path);
            return bytes.toByteArray();
        }

        private void copy(InputStream data, OutputStream to, String path) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
                inflated += n;
                if (inflated > MAX_INFLATED_BYTES) {
                    throw new IOException("it inflates to over " + MAX_INFLATED_BYTES / (1024 * 1024) + " MiB (at "
                            + path + ")");
                }
                to.write(buffer, 0, n);
            }
        }
    }
}
