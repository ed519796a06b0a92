package dev.herald.core.site;

import dev.herald.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The key of one output file: a SHA-256 of everything its renderer reads (the articles it shows,
 * by their digests, and the numbers and names it prints), so an incremental build renders a
 * file again exactly when its key changed. Settings and Herald itself are not in the key: the
 * build state as a whole is only used with the same ones.
 *
 * <p>A part is hashed with a tag byte saying what it is and, where it varies, its length, so two
 * different lists of parts never run together into the same bytes. The bytes of a key are
 * gathered first and hashed in one call: a rebuild runs SHA-256 as compiled Java, where the
 * hundreds of thousands of small updates of a large site's keys cost more than the hashing.
 */
final class OutputKey {

    // a site has a key per file, 135,024 for 100,000 articles: a clone is cheaper than a lookup
    private static final MessageDigest SHA_256 = sha256();

    private final Function<Article, byte[]> digests;
    private byte[] bytes = new byte[256];
    private int length;

    private OutputKey(Function<Article, byte[]> digests) {
        this.digests = digests;
    }

    /** The key of the parts, in order; a part is an article, a list of articles, or anything with a stable toString. */
    static String of(Function<Article, byte[]> digests, Object... parts) {
        OutputKey key = new OutputKey(digests);
        for (Object part : parts) {
            key.add(part);
        }
        MessageDigest sha = newSha256();
        sha.update(key.bytes, 0, key.length);
        return Base64.getEncoder().withoutPadding().encodeToString(sha.digest());
    }

    /**
     * The key of a file that shows one article and nothing else that varies (its page): the
     * article's digest itself, spared a hash of its own for each of a site's 100,000 pages.
     */
    static String ofArticle(Function<Article, byte[]> digests, Article article) {
        return "a" + Base64.getEncoder().withoutPadding().encodeToString(digests.apply(article));
    }

    /** The digest of an article's whole content: its record's text names every field. */
    static byte[] digest(Article article) {
        return newSha256().digest(article.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void add(Object part) {
        if (part instanceof Article article) {
            put((byte) 'a');
            put(digests.apply(article));
        } else if (part instanceof List<?> list) {
            put((byte) '[');
            list.forEach(this::add);
            put((byte) ']');
        } else if (part instanceof Instant instant) {
            // as numbers, not printed: a sitemap's key holds one per article
            put((byte) 'i');
            putLong(instant.getEpochSecond());
            putInt(instant.getNano());
        } else if (part instanceof SitemapWriter.Url url) {
            put((byte) 'u');
            add(url.loc());
            add(url.lastModified());
        } else if (part instanceof byte[] array) {
            put((byte) 'b');
            putInt(array.length);
            put(array);
        } else {
            byte[] text = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            put((byte) 's');
            putInt(text.length);
            put(text);
        }
    }

    private void put(byte b) {
        room(1);
        bytes[length++] = b;
    }

    private void put(byte[] array) {
        room(array.length);
        System.arraycopy(array, 0, bytes, length, array.length);
        length += array.length;
    }

    // big-endian, as a ByteBuffer puts it
    private void putInt(int n) {
        room(Integer.BYTES);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (n >>> shift);
        }
    }

    private void putLong(long n) {
        putInt((int) (n >>> 32));
        putInt((int) n);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
