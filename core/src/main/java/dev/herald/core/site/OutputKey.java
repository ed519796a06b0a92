package dev.herald.core.site;

import dev.herald.core.model.Article;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
 * different lists of parts never run together into the same bytes.
 */
final class OutputKey {

    // a site has a key per file, 135,024 for 100,000 articles: a clone is cheaper than a lookup
    private static final MessageDigest SHA_256 = sha256();

    private final MessageDigest sha;
    private final Function<Article, byte[]> digests;

    private OutputKey(Function<Article, byte[]> digests) {
        this.sha = newSha256();
        this.digests = digests;
    }

    /** The key of the parts, in order; a part is an article, a list of articles, or anything with a stable toString. */
    static String of(Function<Article, byte[]> digests, Object... parts) {
        OutputKey key = new OutputKey(digests);
        for (Object part : parts) {
            key.add(part);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(key.sha.digest());
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
            sha.update((byte) 'a');
            sha.update(digests.apply(article));
        } else if (part instanceof List<?> list) {
            sha.update((byte) '[');
            list.forEach(this::add);
            sha.update((byte) ']');
        } else if (part instanceof Instant instant) {
            // as numbers, not printed: a sitemap's key holds one per article
            sha.update((byte) 'i');
            sha.update(ByteBuffer.allocate(12).putLong(instant.getEpochSecond()).putInt(instant.getNano()).array());
        } else if (part instanceof SitemapWriter.Url url) {
            sha.update((byte) 'u');
            add(url.loc());
            add(url.lastModified());
        } else if (part instanceof byte[] bytes) {
            sha.update((byte) 'b');
            sha.update(OutputKey.lengthOf(bytes.length));
            sha.update(bytes);
        } else {
            byte[] text = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 's');
            sha.update(OutputKey.lengthOf(text.length));
            sha.update(text);
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

    private static byte[] lengthOf(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
