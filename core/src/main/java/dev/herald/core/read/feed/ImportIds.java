package dev.herald.core.read.feed;

import dev.herald.core.model.Article;
import dev.herald.core.query.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article ids for imported entries, made from the entry alone so that importing the same feed
 * again, however many items it gained or lost, gives every entry the id it had: Herald's own
 * {@code tag:} ids give back their id; otherwise the guid (or, without one, the link) gives a
 * readable slug when it has one (".../news/good-story.html" → {@code good-story}), followed by a
 * short hash of the whole guid when the slug alone would not tell entries apart
 * ({@code watch?v=…} → {@code watch-1a2b3c4d}).
 */
final class ImportIds {

    /** Herald's ids, {@code tag:host,year:id}, give back the article id they were made from. */
    private static final Pattern TAG_URI = Pattern.compile("tag:[^,]+,\\d{4}(?:-\\d{2}){0,2}:(.+)");
    /** Page names that say nothing about the story, shared by every entry of a site. */
    private static final Set<String> GENERIC = Set.of("index", "watch", "view", "item", "entry", "post", "posts",
            "story", "article", "node", "show", "p", "page", "default", "feed", "rss", "comments", "status", "video");
    private static final int HASH_LENGTH = 8;

    private ImportIds() {
    }

    /** The key an entry is known by across imports: its guid, else its link, else its title. */
    static String key(String guid, String link, String title) {
        if (guid != null && !guid.isBlank()) {
            return guid.strip();
        }
        if (link != null && !link.isBlank()) {
            return link.strip();
        }
        return title == null ? "" : title.strip();
    }

    /** The id for an entry known by {@code key}. */
    static String of(String key) {
        Matcher herald = TAG_URI.matcher(key);
        if (herald.matches() && Article.isId(herald.group(1))) {
            return herald.group(1);
        }
        URI uri = uri(key);
        String readable;
        boolean ambiguous;
        if (uri != null && uri.getHost() != null) {
            readable = lastSegment(uri);
            ambiguous = uri.getRawQuery() != null || uri.getRawFragment() != null;
        } else {
            readable = Slugs.idSlug(key);
            // a guid that loses letters or case on its way to a slug could meet another one there
            ambiguous = !readable.equals(key);
        }
        if (readable.isEmpty() || GENERIC.contains(readable) || readable.matches("\\d{1,3}")) {
            ambiguous = true;
        }
        if (!ambiguous) {
            return readable;
        }
        return withHash(readable, key);
    }

    /**
     * The id for an entry whose feed names its slug, as a WordPress export does ({@code
     * wp:post_name}, percent-encoded where it is not ASCII): the slug as an id, else as {@link #of}.
     */
    static String ofSlug(String slug, String key) {
        String decoded;
        try {
            decoded = URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = slug; // a "%" that starts no escape: the slug as written
        }
        String id = Slugs.idSlug(decoded);
        return id.isEmpty() ? of(key) : id;
    }

    /** The id with the hash of {@code key} added: for ids that two entries' keys would share. */
    static String withHash(String readable, String key) {
        String prefix = readable.length() > Slugs.MAX_ID_LENGTH - HASH_LENGTH - 1
                ? Slugs.idSlug(readable.substring(0, Slugs.MAX_ID_LENGTH - HASH_LENGTH - 1))
                : readable;
        return prefix.isEmpty() ? "entry-" + hash(key) : prefix + "-" + hash(key);
    }

    private static String lastSegment(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                return Slugs.idSlug(segments[i].replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
            }
        }
        return "";
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
