package dev.herald.core.read.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What is read of a site's export that comes as a zip: its {@code posts.csv} (Substack) and the
 * files of its {@code posts/} folder (Substack's bodies, Medium's posts), wherever the zip's
 * folders put them. Nothing else is kept: a Substack export's subscriber lists, a Medium export's
 * claps, sessions and IP addresses are skipped unread. All the zip may inflate to, read or
 * skipped, is bounded: a zip bomb stops there.
 *
 * @param postsCsv  the bytes of posts.csv, or null
 * @param posts     the text of each file of the posts folder, by its name without ".html", in the zip's order
 * @param savedAt   when each such file was last saved, as the zip says, by the same name
 */
record ExportZip(byte[] postsCsv, Map<String, String> posts, Map<String, Instant> savedAt) {

    /** All a zip may inflate to, read or skipped. */
    static final long MAX_INFLATED_BYTES = 4L * FeedImporter.MAX_FILE_BYTES;

    /** Whether the bytes are a zip file (its local file header's signature, "PK\3\4"). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** What is read of the zip; an IOException names a zip that cannot be read or inflates too far. */
    static ExportZip read(byte[] zip) throws IOException {
        Reader reader = new Reader();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                reader.take(entry, entries);
            }
        }
        return new ExportZip(reader.postsCsv, reader.posts, reader.savedAt);
    }

    private static final class Reader {
        byte[] postsCsv;
        final Map<String, String> posts = new LinkedHashMap<>();
        final Map<String, Instant> savedAt = new LinkedHashMap<>();
        private long inflated;

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
                String post = name.substring(0, name.length() - ".html".length());
                posts.put(post, new String(read(data, path), StandardCharsets.UTF_8));
                if (entry.getLastModifiedTime() != null) {
                    savedAt.put(post, entry.getLastModifiedTime().toInstant());
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
